# copy.copy and copy.deepcopy.
import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc)
print(copy.copy({1, 2}) == {1, 2}, copy.deepcopy({'a': (1, [2])}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.x.append(3)
print(q.x, r.x, q is not p)
class Custom:
    def __copy__(self):
        return 'custom copy'
    def __deepcopy__(self, memo):
        return 'custom deepcopy'
print(copy.copy(Custom()), copy.deepcopy(Custom()))
