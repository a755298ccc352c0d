lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.insert(0, 2)
lst.insert(100, 6)
lst.insert(-1, 7)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(4, 1), lst.count(1), lst.count(99))
lst.reverse()
print(lst)
copy = lst.copy()
copy.clear()
print(lst, copy)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2].index(1, 1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
lst.extend("ab")
lst.extend(range(2))
lst.extend(x for x in [8])
print(lst)
a = [1, 2]
a.extend(a)
print(a)
a.append(a)
print(a, len(a))
