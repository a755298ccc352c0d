# operator's arithmetic, comparison and logical functions.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(32, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.not_([]), op.truth('x'), op.is_(None, None), op.is_not(1, None), op.index(9))
print(op.__add__(1, 1), op.__mul__('ab', 2), op.__lt__(1, 0), op.__not__(1))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains('abc', 'b'), op.countOf('banana', 'a'))
print(op.indexOf([5, 6, 7], 7), op.getitem({'k': 'v'}, 'k'), op.getitem('abc', slice(1, None)))
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(object(), 4))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))
from functools import reduce
print(reduce(op.mul, range(1, 6)))
