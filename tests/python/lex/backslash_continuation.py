# Explicit line joining with a backslash.
first = 1 + \
    2 + \
        3
print(first)

if first > 5 and \
   first < 10:
    print("between 5 and 10")

class Tag:
    def __init__(self, name): self.name = name
    def __enter__(self): print("<" + self.name + ">"); return self.name
    def __exit__(self, *exc): print("</" + self.name + ">")

with Tag("outer") as a, \
     Tag("inner") as b:
    print(a, b)

assert first == 6, \
    "first should be six"

name = "glass" \
    "py"
print(name)

def scale(x, factor=2): return x * \
    factor
print(scale(21))

total = sum(
    [1, 2, 3]) \
    * 2
print(total)
x = 10; y = \
20; print(x + y)
