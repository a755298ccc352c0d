# repr of nested containers, quote choice in string reprs, and recursive containers.
print(repr(["it's", 'say "hi"', 'both \' and "', "tab\there", "nl\n", "\\", "\x00\x7f\x80\xff", "é☃😀", "\u200b"]))
print(repr((1,)), repr(()), repr([[]]), repr({1: {2: [3, (4,)]}}), repr({"a": None, "b": ...}), repr([1.0, -0.0, 1e100]))
l = [1, 2]
l.append(l)
print(l, repr(l), str(l))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
nested = [l, d]
print(nested)
print(repr(b"it's"), repr(b'"'), repr(b"'\""), repr(bytearray(b"\n\x00")), repr(set()), repr({1}))
print(str("q'"), repr("q'"), repr('"'), repr("'"), repr("'\""))
class R:
    def __repr__(self):
        return "R<" + str(id(self) * 0) + ">"
print([R(), R()], (R(),), {R(): 1} if False else {1: R()})
