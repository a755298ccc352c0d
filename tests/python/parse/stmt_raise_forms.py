# raise in all its forms: bare re-raise, class, instance, "from" a cause, "from None",
# and the __cause__/__context__/__suppress_context__ they leave behind.
class AppError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise AppError(f"bad port {text!r}") from exc


def lookup(key):
    try:
        return {"a": 1}[key]
    except KeyError:
        raise AppError("missing") from None


def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


def implicit_context():
    try:
        [][0]
    except IndexError:
        raise AppError("while handling")


for action in (lambda: parse_port("80x"), lambda: lookup("b"), reraise, implicit_context):
    try:
        action()
    except Exception as err:
        cause, context = err.__cause__, err.__context__
        print(type(err).__name__, err,
              "| cause:", type(cause).__name__ if cause else None,
              "| context:", type(context).__name__ if context else None,
              "| suppress:", err.__suppress_context__)

try:
    raise ValueError
except ValueError as err:
    print("class raised:", repr(err))

try:
    raise KeyError("k") from ValueError("v")
except KeyError as err:
    print(repr(err), repr(err.__cause__))

print(parse_port("8080"), lookup("a"))
