# SystemExit raised by sys.exit can be caught.
import sys
for args in [(), (0,), (2,), ('text',), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
