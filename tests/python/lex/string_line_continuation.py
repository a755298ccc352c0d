# A backslash at the end of a line inside a string continues the string
# without a newline character; in triple-quoted strings too.
s = 'one \
two \
three'
print(s)
t = "alpha\
beta"
print(t, len(t))
u = """first line \
same line
second line"""
print(u)
v = f"{len(s)} characters \
and {len(t)} more"
print(v)
w = b"bytes \
continue"
print(w)
x = r'raw \
keeps the backslash and newline'
print(repr(x))
