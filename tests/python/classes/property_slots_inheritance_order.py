# Attribute resolution order across instance dict, properties and base classes.
class Base:
    shared = "Base.shared"
    @property
    def p(self):
        return "Base.p"
    def m(self):
        return "Base.m"
class Mid(Base):
    shared = "Mid.shared"
    p = "Mid.p (plain attribute hides the property)"
class Leaf(Mid):
    @property
    def m(self):
        return "Leaf.m property"
obj = Leaf()
print(obj.shared, obj.p, obj.m)
obj.__dict__["p"] = "instance p"
obj.__dict__["m"] = "instance m"
print(obj.p, obj.m)
obj.shared = "instance shared"
print(obj.shared, Leaf.shared, Base.shared)
del Mid.p
print(Leaf().p)
try:
    obj.p = 1
except AttributeError as e:
    print(type(e).__name__, e)
