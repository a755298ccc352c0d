# gc.get_referents: what containers hold (as a set: the order is the traversal's); atoms have none.
import gc
class C:
    pass
c = C()
c.attr = "v"
lst = [1, "two", c]
print(sorted(map(repr, gc.get_referents(lst)))[:2], any(r is c for r in gc.get_referents(lst)))
print(sorted(map(repr, gc.get_referents({1: [2]}))))
print(gc.get_referents(1, "s", None))
print(len(gc.get_referents((lst, c))), all(any(r is x for r in gc.get_referents((lst, c))) for x in (lst, c)))
print(any(r is C for r in gc.get_referents(c)))
