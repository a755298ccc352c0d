# sys.stdin at end of input (the tests run with stdin from /dev/null): every read returns
# "" or [], size arguments are checked as TextIOWrapper checks them, and iteration ends.
import sys

print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
print(repr(sys.stdin.readline(5)), repr(sys.stdin.read(3)), repr(sys.stdin.read(None)), repr(sys.stdin.readline(-1)))
print(sys.stdin.readlines(10), sys.stdin.readlines(None))
for line in sys.stdin:
    print("never", line)
print(list(sys.stdin))
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.readable())

for call in (
    lambda: sys.stdin.readline("x"),
    lambda: sys.stdin.readline(2.5),
    lambda: sys.stdin.readline(None),
    lambda: sys.stdin.read("x"),
    lambda: sys.stdin.read(1.5),
    lambda: sys.stdin.read(1, 2),
    lambda: sys.stdin.readlines("x"),
    lambda: sys.stdin.readline(1, 2),
):
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError:", e)

try:
    sys.stdout.readline()
except OSError as e:
    print("OSError:", e)
try:
    sys.stdin.write("x")
except OSError as e:
    print("OSError:", e)
