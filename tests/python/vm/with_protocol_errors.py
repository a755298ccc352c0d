class NoEnter:
    def __exit__(self, *a):
        pass

class NoExit:
    def __enter__(self):
        return self

try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit must not run")

try:
    with EnterFails():
        print("body must not run")
except OSError as e:
    print("enter failed:", e)

class Order:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, *a):
        print("exit", self.tag)

with Order(1), Order(2), Order(3):
    print("body")

try:
    with Order("a"), EnterFails():
        pass
except OSError:
    print("second manager failed; first was exited")
