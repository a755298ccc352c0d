# builtins: all any bool (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(all([B(True), B(False), B(True)]))
print(any([B(False), B(True), B(False)]))
class Bad:
    def __bool__(self):
        return 2
show("bad bool", all, [Bad()])
class L:
    def __len__(self):
        return 0
print(any([L()]), all([L()]))
