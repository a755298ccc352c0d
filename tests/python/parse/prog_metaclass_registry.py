# A metaclass that registers subclasses by a class keyword, adds a generated method,
# validates required attributes, and customises __repr__ of the classes themselves.
class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, namespace, /, kind=None, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        if kind is not None:
            if "run" not in namespace:
                raise TypeError(f"plugin {name} must define run()")
            mcs.registry[kind] = cls
            cls.kind = kind
        return cls

    def __repr__(cls):
        return f"<plugin class {cls.__name__} kind={getattr(cls, 'kind', None)!r}>"

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        instance.created_by = "PluginMeta"
        return instance


class Plugin(metaclass=PluginMeta):
    def describe(self):
        return f"{type(self).__name__} ({self.kind})"


class Upper(Plugin, kind="upper"):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, kind="reverse"):
    def run(self, text):
        return text[::-1]


print(PluginMeta.registry)
for kind in ("upper", "reverse"):
    plugin = PluginMeta.registry[kind]()
    print(plugin.describe(), plugin.run("glasspy"), plugin.created_by)
try:
    class Broken(Plugin, kind="broken"):
        pass
except TypeError as err:
    print("TypeError:", err)
print(type(Upper).__name__, isinstance(Upper, PluginMeta), Plugin)
