# The else clause has no colon.
if True:
    pass
else
    print("no")
