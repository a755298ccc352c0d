# list.index/remove/pop/insert with bounds, and the messages of their errors.
l = ["a", "b", "c", "b", "d"]
print(l.index("b"), l.index("b", 2), l.index("b", -3), l.index("d", 0, 5), l.count("b"), l.count("z"))
for args in (("z",), ("b", 4), ("a", 1, 3), ("d", 0, -1)):
    try:
        l.index(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
print(l.pop(), l.pop(0), l.pop(-2), l)
for f in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop(-2), lambda: [1].remove(2), lambda: l.pop("0"),
          lambda: l.index(), lambda: l.insert(0), lambda: l.append(1, 2), lambda: l.extend(5), lambda: l[10],
          lambda: l.__setitem__(-10, 0), lambda: l.__delitem__(7), lambda: l["x"]):
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
m = [1, 2, 3]
m.insert(-100, 0)
m.insert(100, 4)
m.insert(-1, 3.5)
print(m)
m.remove(3.5)
m.extend(range(5, 7))
m.extend("ab")
m.extend((x * 10 for x in range(2)))
print(m, m.copy(), m.copy() is m)
m.clear()
print(m, len(m))
m += "xy"
print(m)
try:
    m = m + "z"
except TypeError as e:
    print(type(e).__name__, e)
