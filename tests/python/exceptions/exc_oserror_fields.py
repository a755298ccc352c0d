e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e))
e = OSError(2, "No such file or directory", "a.txt")
print(type(e).__name__, str(e), e.filename)
e = OSError(17, "File exists", "src", None, "dst")
print(type(e).__name__, str(e), e.filename2)
e = OSError("just a message")
print(e.errno, e.strerror, e.args, str(e))
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, e.errno)
for code in (1, 2, 13, 17, 20, 21, 32, 104, 110, 111, 11):
    print(code, type(OSError(code, "msg")).__name__)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
e = FileNotFoundError(2, "gone", "f")
print(repr(e), e.args)
