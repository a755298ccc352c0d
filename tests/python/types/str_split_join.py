print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  many   spaces\there \n".split(), "  lead".split(" "), "x".split("x"))
print("".split(), "".split(","), "   ".split(), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("one\ntwo\r\nthree\rfour".split("\n"))
print("1-2-3".split("-", 0), "1-2-3".split("-", -1), "1--2".split("--"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(("1",)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("k=v=w".split("=", maxsplit=1), "\u2003a\u2003b".split(), "a\x1cb".split())
