# Names in class bodies: class scope is not visible inside methods or comprehensions.
x = "global"
class A:
    x = "class"
    y = x
    def method(self):
        return x
    items = [x for _ in range(1)]
    z = [i for i in range(3)]
print(A.y, A().method(), A.items, A.z)

def outer():
    x = "enclosing"
    class B:
        print("in body", x)
        x = "B's"
        y = x
        def f(self):
            return x
    return B
B = outer()
print(B.y, B().f())

def outer2():
    v = "free"
    class C:
        w = v
        def get(self):
            return v
    return C
print(outer2().w, outer2()().get())

def outer3():
    n = 1
    class D:
        nonlocal n
        n = 2
    return n
print(outer3())

class E:
    counter = 0
    for i in range(3):
        counter += i
    del i
    if counter:
        flag = True
print(E.counter, E.flag, hasattr(E, "i"))
class F:
    global late
    late = "set from class body"
print(late)
try:
    class G:
        print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
