# BaseException's args attribute, __str__ from args, __reduce__, __setstate__, equality by identity.
e = ValueError("a", 1)
print(e.args, str(e))
e.args = ["list", "becomes tuple"]
print(e.args, str(e))
e.args = "xy"
print(e.args, str(e))
e.args = ()
print(repr(str(e)), repr(e))
print(ValueError("x").__reduce__(), KeyError(1, 2).__reduce__()[1])
f = ValueError("y")
f.custom = 5
print(f.__reduce__())
f.__setstate__({"extra": 1})
print(f.extra)
print(ValueError("x") == ValueError("x"), hash(e) == hash(e))
class WithDict(Exception):
    pass
w = WithDict()
w.x = 1
print(w.__dict__, vars(w))
try:
    e.args = 5
except TypeError as err:
    print(type(err).__name__, err)
print(BaseException.__new__(ValueError).args, type(BaseException.__new__(ValueError)).__name__)
print(Exception.__str__(KeyError("k")), KeyError.__str__(KeyError("k")), repr(BaseException.__repr__(KeyError("k"))))
