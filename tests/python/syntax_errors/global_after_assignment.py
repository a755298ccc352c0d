# A name assigned before its global declaration.
def f():
    total = 1
    global total
