# Class bodies as scopes: names defined earlier in the body, class-level globals and
# nonlocals, methods that cannot see class attributes unqualified, nested classes and
# __qualname__, and names shadowed in the body.
x = "global x"


def factory():
    x = "enclosing x"

    class Local:
        y = x
        nonlocal_seen = x

        def method(self):
            return x
    return Local


L = factory()
print(L.y, L().method(), L.__qualname__)


class Outer:
    x = "class x"
    seen = x

    class Inner:
        try:
            seen = x
        except NameError:
            seen = "not visible"

    def read(self):
        return x


print(Outer.seen, Outer.Inner.seen, Outer().read(), Outer.Inner.__qualname__)


class Counter:
    count = 0
    count += 1
    count = count * 10
    del count
    count = "redefined"
    global later
    later = "assigned through global in a class body"


print(Counter.count, later)


class Shadow:
    len = len("abc")
    print("during class creation len =", len)


print(Shadow.len, len("builtins are untouched"))
