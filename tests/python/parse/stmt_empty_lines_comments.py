# Blocks whose statements are separated by blank lines and comments at odd
# indentations, and comments between clauses of compound statements.


def spaced(x):

    # a comment at the body's indentation

    if x:
        # comment
            # deeper comment
        return "yes"
# comment at column 0 inside the function

    else:

        return "no"


try:
    value = spaced(1)
# comment between try and except
except Exception:
    value = None
    # trailing comment in a block
else:
        # over-indented comment
    value = value + "!"
finally:

    pass

print(value, spaced(0))
for i in range(2):

    # nothing but comments and blank lines before the statement

    print(i)
