# traceback: print_exc, format_exc, format_exception (chained), format_exception_only,
# print_exception to a file, format_tb/print_tb, limit= and chain=, a SyntaxError from compile().
import sys
import traceback


def fail(n):
    if n == 0:
        raise ValueError("bad value")
    return fail(n - 1)


try:
    fail(2)
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text, end="")
    print(text.count("\n"), text.startswith("Traceback (most recent call last):\n"))

def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

try:
    chained()
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(len(lines), all(line.endswith("\n") for line in lines))
    for line in lines:
        print(repr(line))
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=1)), end="")
    print(traceback.format_tb(e.__traceback__))
    traceback.print_tb(e.__traceback__, file=sys.stdout)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(e, limit=-1, file=sys.stdout)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    e.add_note("a note\nsecond line")
    print(traceback.format_exception_only(e))

print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
print(traceback.format_exc(), end="")

try:
    compile("x = (1 +\n", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    traceback.print_exc(file=sys.stdout)

try:
    tracebak.print_exc()
except NameError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1], end="")

try:
    "abc".uper()
except AttributeError as e:
    print(traceback.format_exception(e)[-1], end="")
    print(e.name)

try:
    traceback.print_exception(42)
except TypeError as e:
    print(e)

try:
    fail(0)
except ValueError:
    traceback.print_exc(limit=0)
