from enum import Flag, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(~Perm.R), repr(Perm(7)), repr(rw & Perm.W), repr(rw ^ Perm.R))
print(list(Perm), Perm(6), Perm(6).name)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), Color(7) is Color.WHITE, Color.BLUE.value)
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    1 in Perm.R
except TypeError as e:
    print(e)
