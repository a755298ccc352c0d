# A backslash inside brackets may be followed by a comment-only line: the
# brackets keep the logical line open anyway.
x = (1 + \
# a comment-only line after the continuation
2)
print(x)

values = [10,
\
20]
print(values)

total = 1 + \
    2
# a comment-only line after a continued statement
print(total)
