# operator's in-place functions and sequence helpers.
import operator as op
a = [1, 2]
b = op.iadd(a, [3])
print(a, b is a)
s = 'ab'
t = op.iadd(s, 'c')
print(s, t)
print(op.imul([0], 3), op.isub(10, 4), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(3, 3), op.iand(6, 3), op.ior(4, 1), op.ixor(7, 2), op.ilshift(1, 3), op.irshift(16, 1))
print(op.iconcat([1], (2,)))
d = {}
op.setitem(d, 'x', 1)
op.setitem(d, 'y', 2)
op.delitem(d, 'x')
print(d)
l = list(range(6))
op.delitem(l, slice(0, 6, 2))
print(l)
