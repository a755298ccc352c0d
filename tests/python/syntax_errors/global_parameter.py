# A parameter declared global.
def f(value):
    global value
