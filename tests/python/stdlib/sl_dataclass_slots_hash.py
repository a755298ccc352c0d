from dataclasses import dataclass
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 5
except AttributeError as e:
    print(type(e).__name__)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list
print(hash(H(1, None)) == hash((1, None)))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass
class Self:
    child: object = None
s = Self()
s.child = s
print(s)
