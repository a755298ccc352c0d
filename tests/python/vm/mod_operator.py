import operator

print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.truth([1]), operator.abs(-3))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.contains([1], 1))
print(operator.getitem([10, 20], 1), operator.concat([1], [2]), operator.index(7))
get1 = operator.itemgetter(1)
print(get1("xyz"), operator.itemgetter(0, 2)("xyz"))
records = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(records, key=operator.itemgetter(1)))

class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def greet(self, greeting):
        return f"{greeting}, {self.name}"

people = [P("zed", 30), P("amy", 25)]
print([p.name for p in sorted(people, key=operator.attrgetter("age"))])
print(operator.attrgetter("name", "age")(people[0]))
print(operator.methodcaller("greet", "hey")(people[1]))
x = [1, 2]
operator.iadd(x, [3])
print(x)
d = {}
operator.setitem(d, "k", "v")
operator.delitem(x, 0)
print(d, x, operator.length_hint(iter([1, 2, 3])))
print(operator.xor(6, 3), operator.lshift(1, 4), operator.pow(2, 8), operator.mod(-7, 3))
