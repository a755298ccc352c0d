class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Z, Y): pass
print([k.__name__ for k in W.mro()])
try:
    class Bad(D, E): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
class K1(O): pass
class K2(O): pass
class K3(O): pass
class M(K1, K2): pass
class N(K2, K3): pass
class P(M, N): pass
print([k.__name__ for k in P.__mro__])
