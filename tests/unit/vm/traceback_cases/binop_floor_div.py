def f(a, b):
    return a   //   b   # comment
f(1, 0)
