# method-wrapper, wrapper_descriptor, method_descriptor and builtin_function_or_method:
# names, owners, __self__, docs, equality and reprs (without addresses).
import math
m = (1).__add__
print(m.__name__, m.__qualname__, m.__self__, m.__objclass__)
print(int.__add__.__name__, int.__add__.__objclass__, int.__add__.__qualname__)
print(range(3).__len__.__name__, range(3).__len__.__qualname__, [].__len__.__self__)
print(repr(m).startswith("<method-wrapper '__add__' of int object at 0x"), repr(int.__add__))
print(type(m).__name__, type(int.__add__), type(list.append), type(len))
print(int.__add__.__text_signature__, int.__add__.__doc__)
print(m.__doc__, m.__text_signature__)
print((1).__radd__.__doc__, object.__init__.__doc__, list.__len__.__doc__)
print(object.__eq__.__text_signature__, object.__repr__.__doc__, float.__pow__.__text_signature__)
print(m == (1).__add__, m == (2).__add__, m != (1).__add__, hash(m) == hash((1).__add__))
x = []
print(x.__len__ == x.__len__, x.__len__ == [].__len__, hash(x.__len__) == hash(x.__len__))
print(object().__init__.__name__, object().__init__.__qualname__, object.__init__.__qualname__)
print(math.sqrt.__self__ is math, len.__self__, print.__self__.__name__)
print([].append.__self__, list.append.__objclass__, [].append.__qualname__, {}.get.__qualname__)
print(dict.fromkeys.__qualname__, str.maketrans.__qualname__, int.from_bytes.__qualname__)
print(type(x.__len__).__name__, x.__len__(), (5).__neg__(), (2).__pow__(10))
print(repr(list.append), repr(dict.__dict__["fromkeys"]), repr(len), repr(math.floor))
print(repr(str.__dict__["upper"]), repr(object.__dict__["__class__"]))
for name in ("__name__", "__qualname__", "__self__", "__objclass__"):
    print(name, hasattr(m, name), hasattr(int.__add__, name), hasattr(len, name), hasattr(list.append, name))
