class C:
    def __call__(self):
        pass
print(callable(len), callable(C), callable(C()), callable(5), callable(lambda: 0), callable("s"), callable(print))
print(chr(65), chr(0x263A), chr(0), repr(chr(10)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("€"), ord("\n"), ord(b"A"), ord(bytearray(b"z")), ord("\U0001F600"))
for call in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"), lambda: ord(5),
             lambda: chr(1.5), lambda: ord(b"")):
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "Ωé"], chr(True))
print(callable(C.__call__), callable(type), callable(None), callable(callable))
print(all(chr(ord(c)) == c for c in "aZ€😀"))
