class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with Managed("a") as value:
    print("body with", value)

with Managed("outer") as o, Managed("inner") as i:
    print("both:", o, i)

try:
    with Managed("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

def early_return():
    with Managed("ret"):
        return "returned value"
print(early_return())

for n in range(3):
    with Managed(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)

with (Managed("p1") as x,
      Managed("p2") as y):
    print(x, y)
