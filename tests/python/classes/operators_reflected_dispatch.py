log = []
class A:
    def __add__(self, o):
        log.append("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("A.__radd__")
        return "A.radd"
class B:
    def __add__(self, o):
        log.append("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("B.__radd__")
        return "B.radd"
class SubA(A):
    def __radd__(self, o):
        log.append("SubA.__radd__")
        return "SubA.radd"

print(A() + B(), log); log.clear()
print(A() + SubA(), log); log.clear()
print(1 + A(), log); log.clear()
class Neither:
    def __add__(self, o):
        return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Neither() + 1
except TypeError as e:
    print(type(e).__name__, e)
class SubInt(int):
    def __radd__(self, o):
        return "SubInt.radd wins"
print(1 + SubInt(2), SubInt(2) + 1)
