class Base:
    def greet(self):
        return "Base"
    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"

class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def make(cls):
        return "Mid>" + super().make()

class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()

leaf = Leaf()
print(leaf.greet(), leaf.skip(), Leaf.make())
print(super(Leaf, leaf).greet(), super(Mid, Leaf).make())
s = super(Leaf, leaf)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
def outside(self):
    return super(Leaf, self).greet()
print(outside(leaf))
try:
    super(Leaf, 5)
except TypeError as e:
    print(type(e).__name__, e)
def no_args():
    return super()
try:
    no_args()
except RuntimeError as e:
    print(type(e).__name__, e)
class WithClassCell:
    def who(self):
        return __class__.__name__
print(WithClassCell().who())
