# builtins: print errors (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

show("sep int", print, 1, sep=1)
show("end list", print, 1, end=[])
show("file int", print, 1, file=1)
show("bad kw", print, 1, foo=2)
show("flush str", print, "flushed", flush="yes")
class NoFlush:
    def write(self, s):
        pass
show("no flush method", print, 1, file=NoFlush(), flush=True)
print("flush false ok", flush=False, file=NoFlush())
class BadStr:
    def __str__(self):
        raise ValueError("no str")
show("bad str", print, BadStr())
class IntStr:
    def __str__(self):
        return 5
show("str returns int", print, IntStr())
