# OSError(errno, strerror) picks the subclass for the errno; fields and str() of each form.
cases = [(2, "FileNotFoundError"), (13, "PermissionError"), (17, "FileExistsError"), (21, "IsADirectoryError"),
         (20, "NotADirectoryError"), (32, "BrokenPipeError"), (10, "ChildProcessError"), (3, "ProcessLookupError"),
         (4, "InterruptedError"), (11, "BlockingIOError"), (111, "ConnectionRefusedError"),
         (104, "ConnectionResetError"), (103, "ConnectionAbortedError"), (110, "TimeoutError"), (1, "PermissionError"),
         (9999, "OSError")]
for errno, expected in cases:
    e = OSError(errno, "text")
    print(errno, type(e).__name__, type(e).__name__ == expected, e.errno, e.strerror, e.filename, str(e))
print(type(OSError(2)).__name__, type(OSError(2, "x", "f", None, "g")).__name__, type(FileNotFoundError(13, "x")).__name__)
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, "x")).__name__)
e = OSError(2, "No such file", "a.txt", None, "b.txt")
print(str(e), e.filename, e.filename2, e.args)
print(str(OSError(2, "No such file", "a.txt")), repr(OSError(2, "No such file", "a.txt")))
b = BlockingIOError(11, "would block", 5)
print(b.characters_written, b.args, str(b))
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(ConnectionRefusedError(), ConnectionError), TimeoutError.__mro__[1].__name__)
