# MRO: C3 linearisation, duplicate bases and inconsistent hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__)

def attempt(make):
    try:
        cls = make()
        print("ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)

attempt(lambda: type("X", (A, A), {}))
attempt(lambda: type("X", (O, A), {}))
attempt(lambda: type("X", (A, O), {}))
class P(A, B): pass
class Q(B, A): pass
attempt(lambda: type("X", (P, Q), {}))
attempt(lambda: type("X", (object, int), {}))
attempt(lambda: type("X", (int, object), {}))
attempt(lambda: type("X", (K1, K2, K3, A), {}))
print(A.__base__.__name__, Z.__base__.__name__, object.__base__, int.__base__.__name__, bool.__mro__)
print(P.__bases__ == (A, B), object.__bases__, type.__mro__)
