# io.StringIO: the file API over an in-memory str, newline modes, errors when closed.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print("line:", repr(line))
s = io.StringIO("abc")
print(s.write("x"), s.getvalue(), s.tell())
s.seek(6)
s.write("z")
print(repr(s.getvalue()))
s = io.StringIO("hello world")
print(s.read(5), repr(s.read(0)), s.read(None), s.tell())
print(s.truncate(5), s.tell(), s.getvalue())
print(s.seek(0, 2), s.seek(0), s.seek(0, 1))
s.writelines(["a", "b", "c"])
print(s.getvalue(), s.readable(), s.writable(), s.seekable(), s.isatty())
print(io.StringIO("x\ny\nz").readlines(2))
print(io.StringIO("one\ntwo").readline(2))
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.getvalue()), s.newlines)
print(io.StringIO("a\r\nb\rc\n", newline="").readlines())
s = io.StringIO("a\nb", newline="\r\n")
print(repr(s.getvalue()), s.readlines())
s = io.StringIO()
print(s.encoding, s.errors, s.newlines, s.line_buffering, s.closed)
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
for name, args in [("read", ()), ("write", ("x",)), ("getvalue", ()), ("tell", ()),
                   ("seek", (0,)), ("readline", ()), ("truncate", ()), ("__iter__", ()),
                   ("__enter__", ())]:
    try:
        getattr(f, name)(*args)
    except ValueError as e:
        print(name, type(e).__name__, e)
s = io.StringIO()
for args in [(-1,), (1, 1), (2, 2), (0, 3)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(args, type(e).__name__, e)
for bad in [lambda: s.write(b"x"), lambda: s.read("x"), lambda: io.StringIO(b"x"),
            lambda: io.StringIO(newline="x"), lambda: s.truncate(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
print(io.UnsupportedOperation.__mro__)
print(type(s), type(s).__name__, type(s).__module__, repr(s).startswith("<_io.StringIO object at 0x"))
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), io.open is open)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
parts = io.StringIO()
for i in range(5):
    print(i, end=",", file=parts)
print(parts.getvalue())
