# Attributes defined on a metaclass: visible on classes, not on instances.
class Meta(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Meta.registry.append(name)
    def describe(cls):
        return f"class {cls.__name__} with {sorted(k for k in cls.__dict__ if not k.startswith('__'))}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Plugin(metaclass=Meta):
    a = 1
class Extra(Plugin):
    b = 2

print(Meta.registry)
print(Plugin.describe(), Extra.describe())
print(Extra.upper_name)
try:
    Plugin().describe()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Plugin().upper_name
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Plugin, "registry"), hasattr(Plugin(), "registry"))

class Meta2(type):
    def __getattr__(cls, name):
        return f"dynamic {name}"
class Z(metaclass=Meta2):
    real = "real"
print(Z.real, Z.anything)
try:
    Z().anything
except AttributeError as e:
    print(type(e).__name__, e)

class Meta3(type):
    def __repr__(cls):
        return f"<Meta3 class {cls.__name__}>"
    def __len__(cls):
        return 7
    def __iter__(cls):
        return iter([1, 2, 3])
class K(metaclass=Meta3):
    pass
print(repr(K), len(K), list(K))
