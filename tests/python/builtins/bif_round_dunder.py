# builtins: round dunder (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class R:
    def __round__(self, n=None):
        return ("round", n)
show("no digits", round, R())
show("digits", round, R(), 3)
show("none digits", round, R(), None)
show("str", round, "1.5")
show("list", round, [1])
show("complex", round, 1j)
class NoRound:
    pass
show("no round", round, NoRound())
