# builtins: breakpoint help (Glasspy conformance test)
import sys
def hook(*args, **kwargs):
    print("hook called", args, sorted(kwargs.items()))
    return "hook result"
sys.breakpointhook = hook
print(repr(breakpoint()))
print(repr(breakpoint(1, 2, key="v")))
print(help)
print(exit)
print(quit)
print(credits)
print(license)
print(type(exit).__name__, type(help).__name__, type(credits).__name__)
try:
    exit(4)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    exit("message")
except SystemExit as e:
    print("SystemExit", repr(e.code))
