from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item('pen', 1.5, 4)
b = Item('pen', 1.5, 4)
print(a, a.total(), a == b, a is b, a != Item('ink', 2.0))
print(Item('x', 1.0).tags is not Item('y', 2.0).tags, Item.__match_args__)
print(Item.__init__.__qualname__, Item.__repr__.__qualname__, Item.__hash__)
try:
    Item()
except TypeError as e:
    print(e)
try:
    Item('a', 1, 2, [], 5)
except TypeError as e:
    print(e)
try:
    Item('a', 1, nope=3)
except TypeError as e:
    print(e)
