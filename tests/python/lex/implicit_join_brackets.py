# Implicit line joining inside square brackets: a matrix and its transpose.
matrix = [
    [1, 2, 3],
    [4, 5, 6],

    [7, 8, 9],  # blank line above is inside the brackets
]
transposed = [[row[i]
               for row in matrix]
              for i in range(
                  3)]
for row in transposed:
    print(row)
print(matrix[
    1][
    2])
