# __build_class__ called directly: argument checks and a working call.
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

show(__build_class__)
show(__build_class__, lambda: None)
show(__build_class__, 1, "X")
show(__build_class__, lambda: None, 2)

def body():
    pass

C = __build_class__(body, "C")
print(C.__name__, C.__qualname__, C.__module__, type(C()).__name__)
D = __build_class__(body, "D", C)
print(D.__bases__ == (C,), D.__mro__[1] is C)
