# builtins: ascii (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

show("ascii", ascii, "plain")
show("latin", ascii, "caf\u00e9")
show("bmp", ascii, "\u20ac")
show("astral", ascii, "\U0001f600")
show("newline", ascii, "a\nb\tc")
show("quote", ascii, "it's")
show("both quotes", ascii, "it's \"x\"")
show("list", ascii, ["\u00e9", 1])
show("bytes", ascii, b"\xff")
show("int", ascii, 10)
show("none", ascii, None)
show("dict", ascii, {"\u00fc": "\u00f6"})
show("noargs", ascii)
print(ascii("\x7f\x80\xa0"))
