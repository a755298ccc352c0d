def attempt(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e))
def r1():
    raise ValueError
def r2():
    raise ValueError("instance")
def r3():
    raise ValueError("x") from None
def r4():
    raise int
def r5():
    raise "string"
def r6():
    raise
class NotExc:
    pass
def r7():
    raise NotExc()
def r8():
    raise KeyError("k") from TypeError
def r9():
    raise SystemExit(4)
for fn in (r1, r2, r3, r4, r5, r6, r7, r8, r9):
    attempt(fn)
class ExcWithInitArgs(Exception):
    def __init__(self):
        super().__init__("no-arg constructor")
attempt(lambda: (_ for _ in ()).throw(ExcWithInitArgs))
