# builtins: dir noarg (Glasspy conformance test)
def f():
    zeta = 1
    alpha = 2
    return dir()
print(f())
class C:
    one = 1
    two = 2
    names = dir()
print(C.names)
print([n for n in dir() if not n.startswith("__")])
def g(p, q):
    return dir()
print(g(1, 2))
