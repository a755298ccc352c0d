# SystemExit.code, KeyboardInterrupt and GeneratorExit are BaseExceptions not caught by except Exception.
for args in ((), (0,), (3,), ("message",), (None,), (1, 2)):
    e = SystemExit(*args)
    print(args, repr(e.code), e.args, repr(str(e)))
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("not reached")
except SystemExit as e:
    print("caught as BaseException subclass", e.code)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not reached")
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print([c.__name__ for c in (SystemExit, KeyboardInterrupt, GeneratorExit) if not issubclass(c, Exception)])
import sys
try:
    sys.exit("bye")
except SystemExit as e:
    print(repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code))
try:
    exit(7) if False else sys.exit(7)
except SystemExit as e:
    print(e.code)
e = SystemExit(1)
e.code = 9
print(e.code, e.args)
