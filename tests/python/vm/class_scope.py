x = "module"

class A:
    x = "class"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()

print(A.y, A().method(), A.z, A.w)

def f():
    x = "function"
    class B:
        print("in B body:", x)
        x = "B attr"
        print("after assign:", x)
        def get(self):
            return x
    return B

B = f()
print(B.x, B().get())

def g():
    v = "enclosing"
    class C:
        nonlocal v
        v = "set from class"
    return v

print(g())

class D:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i * n for i in items for n in items if n in items]
    except NameError as e:
        bad = str(e)

print(D.doubled, D.bad)
print(sorted(k for k in vars(D) if not k.startswith("__")))
