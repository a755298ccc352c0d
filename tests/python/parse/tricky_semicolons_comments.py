# Comments and semicolons in awkward places: after colons, after line continuations'
# next lines, inside brackets, at the ends of blocks, and a comment-only last line.
if True:  # comment after a colon
    x = 1; y = 2  # comment after a semicolon-separated line
    z = (x +  # comment inside parentheses
         y)
def f(a,  # parameter comment
      b):  # header comment
    return a + b  # return comment
    # comment after the last statement of a block
class C:  # class comment
    """doc"""; attr = 3
print(x, y, z, f(1, 2), C.attr, C.__doc__)
values = [
    # leading comment
    1,
    # middle comment
    2,
    # trailing comment
]
print(values); print("two prints on one line")
for i in range(2): print(i);  # semicolon then comment
# comment-only final line
