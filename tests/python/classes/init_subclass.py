registry = []

class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name="custom-beta"):
    pass
class Gamma(Beta):
    pass
print(registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoHook:
    pass
try:
    class Bad2(NoHook, extra=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
