# The indentation of continuation lines is irrelevant.
def weird_layout(a, b,
        c, d,
                e):
    return (a +
b +
            c +
  d +
     e)


result = weird_layout(1, 2,
3, 4, 5)
print(result)
if result \
        == 15:
                print("fifteen")
else:
 print("not fifteen")
