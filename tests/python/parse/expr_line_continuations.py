# Backslash continuations inside and between expressions, and implicit joining inside
# brackets with comments and blank lines.
total = 1 + \
    2 + \
    3
print(total)
condition = total > 5 and \
            total < 10
print(condition)
values = [1,
          2,  # a comment inside a list

          3]
print(values)
result = (values[0]
          *
          values[2]
          -
          values[1])
print(result)
text = "con" \
    "tinued"
print(text)
if total \
        > 0:
    print("continued if condition")
call = max(
    values,
    key=lambda v:
        -v,
)
print(call)
x = \
    42
print(x)
d = {
    "a":
        1,
    "b"
        : 2,
}
print(d)
assert total == 6, \
    "message on the next line"
print(values[
    1
])
