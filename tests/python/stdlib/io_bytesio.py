# io.BytesIO and io.TextIOWrapper over it: reads, writes, seeks, lines, errors.
import io

b = io.BytesIO(b"first\nsecond\nthird")
print(b.readline(), b.read(3), b.tell(), b.read())
b.seek(0)
print(b.readlines())
b.seek(0)
print([line for line in b])
b = io.BytesIO(b"abc")
b.seek(6)
print(b.write(b"z"), b.getvalue())
print(b.seek(-2, 1), b.seek(-100, 1), b.seek(-1, 2), b.read())
b.seek(0)
print(b.write(bytearray(b"XY")), b.getvalue(), b.write(memoryview(b"!")), b.getvalue())
print(b.truncate(2), b.getvalue(), b.tell())
print(bytes(b.getbuffer()), b.read1(5))
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf)
for bad in [lambda: b.seek(-1), lambda: b.write("text"), lambda: io.BytesIO("text"),
            lambda: b.truncate(-1), lambda: b.read(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b.close()
for name, args in [("read", ()), ("write", (b"x",)), ("getvalue", ()), ("tell", ()),
                   ("seek", (0,)), ("readline", ()), ("__enter__", ()), ("getbuffer", ())]:
    try:
        getattr(b, name)(*args)
    except ValueError as e:
        print(name, type(e).__name__, e)
print(type(b), repr(b).startswith("<_io.BytesIO object at 0x"), isinstance(b, io.BufferedIOBase))
with io.BytesIO() as w:
    w.write(b"spam")
    w.writelines([b" ", b"eggs"])
    print(w.getvalue())
t = io.TextIOWrapper(io.BytesIO("h\u00e9llo\nworld\n".encode()), encoding="utf-8")
print(repr(t.readline()), repr(t.read()), t, t.encoding)
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.write("caf\u00e9\n"))
t.flush()
print(raw.getvalue())
print(io.BytesIO(b"x\ny\nz").readlines(2), io.BytesIO(b"x\ny\nz").readlines(3), io.StringIO("x\ny\nz").readlines(1))
