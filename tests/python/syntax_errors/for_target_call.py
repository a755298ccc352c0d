# A function call as a for-loop target.
for f() in range(3):
    pass
