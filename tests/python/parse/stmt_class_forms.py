# class statements: no bases, empty parentheses, several bases, keyword arguments,
# metaclass=, *bases and **kwargs in the bases list, nested classes.
class Plain:
    pass


class Empty():
    pass


class Base:
    def __init_subclass__(cls, /, flavour="vanilla", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.flavour = flavour


class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__}"


class Child(Base, Mixin, flavour="chocolate"):
    pass


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["made_by_meta"] = True
        return super().__new__(mcs, name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


bases = (Base, Mixin)
options = {"flavour": "mint"}


class FromStars(*bases, **options):
    class Inner:
        class Deepest:
            level = 3


print(Plain.__bases__, Empty.__mro__)
print(Child.flavour, Child().hello(), [c.__name__ for c in Child.__mro__])
print(WithMeta.made_by_meta, type(WithMeta).__name__)
print(FromStars.flavour, FromStars.Inner.Deepest.level, FromStars.Inner.__qualname__)
print(FromStars.Inner.Deepest.__qualname__)
