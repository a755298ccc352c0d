class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)

class Holder:
    def __init__(self):
        self.items = [Item(1), Item(2)]
        self.single = Item(3)
    def __del__(self):
        print("del holder")

h = Holder()
print("dropping holder")
h = None
print("holder dropped")

def f():
    a = Item("a")
    b = Item("b")
    return "returned"
print(f())
x = Item("x")
x = Item("y")
print("rebinding frees the old object first")
