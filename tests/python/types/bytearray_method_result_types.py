# bytearray methods return new bytearrays (not bytes); bytes methods accept bytearray arguments.
ba = bytearray(b"Hello World")
results = [ba.upper(), ba.lower(), ba.title(), ba.swapcase(), ba.replace(b"o", b"0"), ba.strip(b"Hd"), ba.center(15),
           ba.ljust(13), ba.zfill(13), ba[1:4], ba * 2, ba + b"!", ba.expandtabs(), ba.translate(None, b"l")]
for r in results:
    print(type(r).__name__, r)
print([type(p).__name__ for p in ba.split()], [type(p).__name__ for p in ba.partition(b" ")], type(ba.join([b"a", b"b"])).__name__)
print(type(bytes(ba)).__name__, b"x".join([ba, ba]), b"Hello".startswith(bytearray(b"He")), b"abc".find(bytearray(b"c")))
print(ba.decode(), ba.hex(), bytearray.fromhex("41 42"), type(bytearray.fromhex("41")).__name__)
class BA(bytearray):
    pass
s = BA(b"sub")
print(type(s.upper()).__name__, type(s[:]).__name__, type(s + b"x").__name__, type(s.copy()).__name__)
print(repr(BA(b"q")), repr(bytearray()), repr(bytearray(b"it's")))
