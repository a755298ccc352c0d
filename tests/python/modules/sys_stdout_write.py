# sys.stdout: write returns the length, its attributes, wrong argument types.
import sys
n = sys.stdout.write("hello\n")
print(n)
print(sys.stdout.write(""), sys.stdout.write("é€\n"))
print(sys.stdout.encoding, sys.stdout.name, sys.stdout.mode, sys.stdout.errors)
print(sys.stdout.isatty(), sys.stdout.writable(), sys.stdout.readable(), sys.stdout.closed)
print(sys.stdout.flush())
print(sys.stdout is sys.__stdout__, sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
sys.stdout.writelines(["a", "b", "\n"])
print("via print", file=sys.stdout)
