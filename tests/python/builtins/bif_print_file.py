# builtins: print file (Glasspy conformance test)
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collect()
print(1, "two", 3.0, file=c)
print("x", "y", sep="+", end="", file=c, flush=True)
print(file=c)
print(c.parts)
import sys
print("to stdout", file=sys.stdout)
print("to none", file=None)
saved = sys.stdout
sys.stdout = c
print("captured")
sys.stdout = saved
print(c.parts[-2:])
sys.stdout = None
print("lost")
sys.stdout = saved
print("restored")
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()])
