# OverflowError and ValueError messages from converting big ints to machine sizes.
def attempt(label, f):
    try:
        print(label, f())
    except (OverflowError, ValueError, MemoryError, TypeError, IndexError) as e:
        print(label, type(e).__name__, e)
attempt("chr big", lambda: chr(10 ** 20))
attempt("chr neg", lambda: chr(-1))
attempt("chr max", lambda: chr(0x110000))
attempt("list repeat", lambda: [0] * (10 ** 20))
attempt("str repeat", lambda: "ab" * (2 ** 62))
attempt("index big", lambda: [1, 2][10 ** 20])
attempt("str index big", lambda: "ab"[-(10 ** 20)])
attempt("range len", lambda: len(range(2 ** 64)))
attempt("to_bytes", lambda: (1000).to_bytes(1, "big"))
attempt("to_bytes neg", lambda: (-1).to_bytes(1, "big"))
attempt("float", lambda: float(2 ** 2000))
attempt("int pow float", lambda: 2 ** 2000 * 0.5)
attempt("shift", lambda: 1 << (2 ** 70))
attempt("round", lambda: round(1.5, 2 ** 70))
attempt("slice big", lambda: [1, 2, 3][10 ** 30:])
attempt("bytes", lambda: bytes(10 ** 30))
attempt("hash ok", lambda: hash(10 ** 30) == hash(10 ** 30))
attempt("str.center", lambda: "x".center(2 ** 63))
