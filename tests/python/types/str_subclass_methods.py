# str subclasses: methods return plain str; overriding __eq__/__hash__/__str__ affects what uses them.
class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hi")
print(t, repr(t), t.shout(), type(t.upper()).__name__, type(t + "x").__name__, type(t * 2).__name__, type(t[:]).__name__)
print(type(t.strip()).__name__, type(str(t)).__name__, type(f"{t}").__name__, type("%s" % t).__name__, type(t.join("ab")).__name__)
class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
c = Caseless("Hello")
print(c == "HELLO", "HELLO" == c, c in ["hello"], {c: 1}.get("hello"), {Caseless("hello"): 1}.get(Caseless("HeLLo")))
class Shown(str):
    def __str__(self):
        return "shown:" + self
    def __repr__(self):
        return "Shown(" + str.__repr__(self) + ")"
s = Shown("v")
print(s, str(s), repr(s), f"{s}", "{}".format(s), "%s" % s, [s], s + "w", len(s))
class WithInit(str):
    def __new__(cls, value, extra):
        obj = super().__new__(cls, value)
        obj.extra = extra
        return obj
w = WithInit("base", 5)
print(w, w.extra, w.upper(), isinstance(w, str), sorted([WithInit("b", 1), WithInit("a", 2)]))
