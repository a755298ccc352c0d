# builtins: getattr dunder flow (Glasspy conformance test)
class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.loaded[name] = len(name)
        return self.loaded[name]
l = Lazy()
print(getattr(l, "alpha"), getattr(l, "be"), hasattr(l, "_hidden"), getattr(l, "_hidden", "dflt"))
print(sorted(l.loaded.items()))
setattr(l, "direct", 1)
print(l.direct, "direct" in vars(l))
delattr(l, "direct")
print(hasattr(l, "direct"), l.direct)
