# Long chains of attribute access, subscripts and calls, including method calls on
# literals and parenthesised expressions.
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.meta = {"tags": [name.upper()], "size": len(children)}

    def child(self, i):
        return self.children[i]

    def walk(self):
        yield self.name
        for c in self.children:
            yield from c.walk()


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
print(tree.children[0].children[1].name)
print(tree.child(0).child(0).meta["tags"][0].lower())
print(tree.meta["size"], tree.children[-1].meta["tags"])
print(list(tree.walk()), "-".join(tree.walk()).upper().split("-")[::2])
print("a,b,c".split(",")[1].upper(), [3, 1, 2].__len__(), (1, 2).count(1))
print((1).bit_length(), 1 .real, 1.5.is_integer(), "x".join("abc"))
print({"k": [1, {"deep": ("t", "u")}]}["k"][1]["deep"][1])
print(tree.children[0].children[0].name * 3, type(tree).__name__.lower()[:2])
