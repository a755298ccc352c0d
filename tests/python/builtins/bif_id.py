# builtins: id (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
print(type(id(a)).__name__, id(a) > 0)
x = object()
ids = {id(x)}
print(id(x) in ids)
print(id(None) == id(None), id(len) == id(len))
show("noargs", id)
show("kw", id, obj=1)
s = "text"
print(id(s) == id(s))
