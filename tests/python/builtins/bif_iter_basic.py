# builtins: iter basic (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
print(type(iter(range(3))).__name__, type(iter(set())).__name__, type(iter(b"")).__name__)
it = iter([1, 2])
print(iter(it) is it)
show("int", iter, 5)
show("none", iter, None)
show("noargs", iter)
show("three", iter, 1, 2, 3)
show("kw", iter, o=[])
class G:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(iter(G())), type(iter(G())).__name__)
class BadIter:
    def __iter__(self):
        return 5
show("bad iter", iter, BadIter())
class NoIter:
    __iter__ = None
show("none iter", iter, NoIter())
