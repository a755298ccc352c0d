pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
         (PermissionError, OSError), (TimeoutError, OSError), (ConnectionResetError, ConnectionError),
         (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (UnboundLocalError, NameError), (IndentationError, SyntaxError),
         (TabError, IndentationError), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
         (GeneratorExit, Exception), (StopIteration, Exception), (StopAsyncIteration, Exception),
         (BrokenPipeError, ConnectionError), (EnvironmentError, OSError), (IOError, OSError),
         (DeprecationWarning, Warning), (Warning, Exception), (BytesWarning, Warning),
         (ExceptionGroup, BaseExceptionGroup), (ExceptionGroup, Exception), (BaseExceptionGroup, Exception),
         (FloatingPointError, ArithmeticError), (BufferError, Exception), (EOFError, Exception),
         (MemoryError, Exception), (ReferenceError, Exception), (SystemError, Exception),
         (AttributeError, Exception), (TypeError, Exception), (EncodingWarning, Warning)]
for sub, sup in pairs:
    print(f"{sub.__name__:22} {sup.__name__:20} {issubclass(sub, sup)}")
print(EnvironmentError is OSError, IOError is OSError)
