# Python 2 backticks (repr) were removed in Python 3.
value = 42
print(`value`)
