class NoEq:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, EqAndHash) and o.k == self.k
    def __hash__(self):
        return hash(self.k)
class Inherit(EqAndHash):
    pass
class OverrideEq(EqAndHash):
    def __eq__(self, o):
        return False

print(NoEq.__hash__ is object.__hash__, EqOnly.__hash__, Inherit.__hash__ is EqAndHash.__hash__, OverrideEq.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OverrideEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), EqAndHash(3) in {EqAndHash(3)})
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
