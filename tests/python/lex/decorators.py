# Decorators: plain, with arguments, stacked, on classes, and the relaxed
# decorator grammar of Python 3.9+ (any expression after @).
import functools


def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return " ".join(func(*args) for _ in range(times))
        return wrapper
    return decorate


registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


@shout
def hello(name):
    return f"hello {name}"


@repeat(3)
@shout
def ping():
    return "ping"


@register
class Plugin:
    @staticmethod
    def version():
        return "1.0"

    @property
    def name(self):
        return "plugin"

    @classmethod
    def create(cls):
        return cls()


handlers = [shout, lambda f: f]
@handlers[0]
def quiet():
    return "not so quiet"


@(lambda f: lambda: f() * 2)
def twice():
    return "ab"


print(hello("world"), hello.__name__)
print(ping())
print(registry, Plugin.version(), Plugin.create().name)
print(quiet(), twice())
