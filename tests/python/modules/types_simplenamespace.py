# types.SimpleNamespace: attributes, repr, equality.
from types import SimpleNamespace
ns = SimpleNamespace(x=1, y='two')
print(ns, ns.x, ns.y)
ns.z = [3]
del ns.x
print(ns, vars(ns))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    ns.missing
except AttributeError as e:
    print(e)
nested = SimpleNamespace(inner=SimpleNamespace(v=0))
nested.inner.v += 5
print(nested)
import sys
print(type(sys.implementation) is SimpleNamespace)
