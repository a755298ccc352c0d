# The call's parenthesis is never closed.
values = [1, 2, 3]
print(sum(values)
print("next")
