# continue outside any loop (it is inside a function, not a loop).
def f():
    continue
