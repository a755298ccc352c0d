# The except body is not indented.
try:
    x = 1
except ValueError:
pass
