# Implicit line joining inside parentheses.
def polynomial(x):
    return (
        3 * x ** 3
        - 2 * x ** 2
        + x
        - 7
    )


print(
    [polynomial(x) for x in range(
        -2,
        3,
    )]
)
message = ("Lines inside parentheses "
           "join implicitly; "
           "so do adjacent strings.")
print(message)
point = (
1,
            2
)
print(point, len(
    point
))
