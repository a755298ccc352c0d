# OSError with one to six arguments: which become errno/strerror/filename and what str() shows.
for args in ((), ("only",), (5,), (5, "five"), (5, "five", "f.txt"), (5, "five", "f.txt", None),
             (5, "five", "f.txt", None, "g.txt"), (5, "five", "f.txt", None, "g.txt", "extra"), ("a", "b"), (None, None)):
    e = OSError(*args)
    print(len(args), repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "msg")
e.filename = "late.txt"
print(str(e), e.args)
e.errno = 13
e.strerror = "changed"
print(str(e), type(e).__name__)
print(repr(FileNotFoundError(2, "gone", b"bytes.txt")), str(FileNotFoundError(2, "gone", b"bytes.txt")))
print(str(PermissionError(13, "denied", 123)))
