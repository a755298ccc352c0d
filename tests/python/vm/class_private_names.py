class Base:
    def __init__(self):
        self.__secret = "base secret"
        self._protected = "protected"

    def reveal(self):
        return self.__secret

    def __private_method(self):
        return "private method"

    def call_private(self):
        return self.__private_method()

class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child secret"

    def child_reveal(self):
        return self.__secret

c = Child()
print(c.reveal(), c.child_reveal())
print(sorted(vars(c)))
print(c._Base__secret, c._Child__secret)
print(c.call_private())
try:
    c.__secret
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(c, "_Base__private_method"))

class __Dunder__:
    __not_mangled__ = 1
    __mangled = 2
print(sorted(k for k in vars(__Dunder__) if "angled" in k))

class _Leading:
    __x = "leading underscores stripped in mangling"
print(_Leading._Leading__x)
