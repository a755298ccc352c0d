# Truth value: __bool__ first, then __len__, else always true.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
for obj in (Empty(), Full(), Flag(True), Flag(False), Both(), Neither()):
    print(type(obj).__name__, bool(obj), not obj, "yes" if obj else "no", (obj and 1) is obj, (obj or 2) is obj)
for bad in (Flag(1), Flag(None), Flag("x")):
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class LenStr:
    def __len__(self):
        return "3"
try:
    bool(LenStr())
except TypeError as e:
    print(type(e).__name__, e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Flag):
    pass
print(bool(Sub(False)), [x for x in (Empty(), Full(), Neither()) if x].__len__())
print(any([Empty(), Flag(False)]), all([Full(), Flag(True)]), list(filter(None, [Empty(), Full()])).__len__())
