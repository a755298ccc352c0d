# __init_subclass__ with class keyword arguments and through metaclasses.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Gamma.plugin_name)

def attempt(make):
    try:
        make()
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)

def unknown():
    class Bad(Plugin, name="x", colour="red"):
        pass
attempt(unknown)
def plain_kwargs():
    class Plain(flavour=1):
        pass
attempt(plain_kwargs)
def required():
    class Needs:
        def __init_subclass__(cls, option):
            print("got", option)
    class Child(Needs, option=5):
        pass
    class Missing(Needs):
        pass
attempt(required)
def positional_call():
    object.__init_subclass__(1)
attempt(positional_call)
print(object.__init_subclass__() is None)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("meta sees", kwargs)
        return super().__new__(mcls, name, bases, ns, **kwargs)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kwargs):
        print("init_subclass sees", cls.__name__, kwargs)
class Child(Base, flag=True):
    pass
T = type("T", (Base,), {})
