# Metaclass calculation: the most derived metaclass wins; unrelated ones conflict.
class M1(type):
    pass
class M2(type):
    pass
class M3(M1):
    pass

class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
class C(metaclass=M3):
    pass

class D(A, C):
    pass
print(type(D).__name__)

try:
    class E(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class F(A, metaclass=type):
    pass
print(type(F).__name__)

try:
    class G(B, metaclass=M1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    type("H", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)

X = type("X", (A,), {"v": 3})
print(type(X).__name__, X.v)
Y = M1("Y", (), {})
print(type(Y).__name__, Y.__bases__)
