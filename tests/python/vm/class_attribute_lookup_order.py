class Base:
    attr = "Base.attr"
    def method(self):
        return "Base.method"

class Child(Base):
    pass

c = Child()
print(c.attr, c.method())
Base.attr = "changed on Base"
print(c.attr)
Child.attr = "set on Child"
print(c.attr, Base.attr)
c.attr = "instance"
print(c.attr)
del c.attr
print(c.attr)
del Child.attr
print(c.attr)
c.method = lambda: "instance function"
print(c.method(), Child.method(c))

class Dyn:
    pass
Dyn.added_later = lambda self: "method added after creation"
print(Dyn().added_later())
print("attr" in Child.__dict__, "attr" in Base.__dict__)
