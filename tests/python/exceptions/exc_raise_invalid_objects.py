# What may be raised: instances and classes of BaseException subclasses only.
for bad in (5, "text", None, 3.5, int, [ValueError()]):
    try:
        raise bad
    except TypeError as e:
        print(repr(bad) if not isinstance(bad, object.__class__) else bad.__name__, type(e).__name__, e)

class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NeedsArgs(1, 2)
except NeedsArgs as e:
    print(type(e).__name__, e.args)

class NotException:
    pass
try:
    raise NotException
except TypeError as e:
    print(type(e).__name__, e)

class Weird(Exception):
    def __new__(cls, *args):
        return ValueError("replaced")
try:
    raise Weird
except TypeError as e:
    print(type(e).__name__, e)
except ValueError as e:
    print("ValueError raised", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_outside():
    raise
try:
    reraise_outside()
except RuntimeError as e:
    print(type(e).__name__, e)
