# __hash__ and __eq__ rules: defining __eq__ drops the inherited hash.
class Plain:
    pass
class EqOnly:
    def __eq__(self, other):
        return True
class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 7
class ChildOfHashable(EqAndHash):
    pass
class ChildRedefinesEq(EqAndHash):
    def __eq__(self, other):
        return False
class ExplicitNone:
    __hash__ = None
class Restored(EqOnly):
    __hash__ = object.__hash__

def h(obj):
    try:
        return hash(obj)
    except TypeError as e:
        return f"{type(e).__name__}: {e}"

print(type(h(Plain())).__name__, h(EqOnly()), h(EqAndHash()), h(ChildOfHashable()))
print(h(ChildRedefinesEq()), h(ExplicitNone()), type(h(Restored())).__name__)
print(EqOnly.__hash__, ChildRedefinesEq.__hash__, "__hash__" in ChildOfHashable.__dict__)
print(len({EqAndHash(), EqAndHash()}), len({EqAndHash(): 1, ChildOfHashable(): 2}))
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {ExplicitNone(): 1}
except TypeError as e:
    print(type(e).__name__, e)

class BadHash:
    def __hash__(self):
        return "not an int"
print(h(BadHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(h(BigHash()) == hash(2 ** 100))
class MinusOne:
    def __hash__(self):
        return -1
print(h(MinusOne()))
class BoolHash:
    def __hash__(self):
        return True
print(h(BoolHash()))
class IntSub(int):
    def __eq__(self, other):
        return super().__eq__(other)
print(h(IntSub(3)))
