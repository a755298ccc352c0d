# str() and repr() of built-in exceptions with zero, one and two arguments.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
           LookupError, IndexError, KeyError, ValueError, TypeError, NameError, UnboundLocalError, AttributeError,
           RuntimeError, NotImplementedError, RecursionError, StopIteration, StopAsyncIteration, GeneratorExit,
           SystemExit, KeyboardInterrupt, AssertionError, BufferError, EOFError, MemoryError, ReferenceError,
           ImportError, ModuleNotFoundError, OSError, TimeoutError, ConnectionError, UnicodeError,
           Warning, UserWarning, DeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
           PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
for cls in classes:
    for args in ((), ("msg",), ("a", 2)):
        e = cls(*args)
        print(cls.__name__, repr(str(e)), repr(e), e.args)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("")), str(KeyError(None)))
print(str(Exception(None)), str(Exception([1])), repr(Exception(("t",))), str(Exception(("t",))))
