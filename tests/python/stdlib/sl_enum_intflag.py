from enum import IntFlag
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), rw == 6, rw + 1, repr(Perm.R | 8), repr(~Perm.R), Perm(0), repr(Perm(0)))
print(Perm.R & 4, repr(Perm.R & 4), isinstance(rw, int), list(Perm), format(Perm.X, '03'))
