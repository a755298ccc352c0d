# "else if" instead of "elif".
x = 5
if x < 0:
    pass
else if x > 0:
    print("positive")
