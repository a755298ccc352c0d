# types.ModuleType(name, doc=None): construction, errors, subclasses, modules made at run time
# and imported from sys.modules; the types module's descriptor and namespace types.
import types
for t in ['types.ModuleType()', 'types.ModuleType(5)', 'types.ModuleType("a", 5).__doc__', 'types.ModuleType(name="k", doc="d").__dict__', 'types.ModuleType("a","b","c")', 'types.ModuleType.__new__(types.ModuleType).__dict__', 'repr(types.ModuleType.__new__(types.ModuleType))', 'types.ModuleType("x", bogus=1)']:
    try: print(repr(eval(t)))
    except Exception as e: print(type(e).__name__, e)
class M(types.ModuleType):
    def hello(self): return self.__name__
m = M('sub'); print(m.hello(), type(m).__name__, m)
m.x = 1; print(m.x, sorted(m.__dict__))
import sys
sys.modules['dyn'] = mod = types.ModuleType('dyn', 'made at run time')
exec("def f(): return 'from dyn'", mod.__dict__)
import dyn
print(dyn.f(), dyn.__doc__, dyn is mod)
from dyn import f as g
print(g())
ns = types.SimpleNamespace(a=1)
print(ns, type(ns).__name__, type(ns).__module__, type(ns).__qualname__, repr(type(ns)))
try: ns[0]
except TypeError as e: print(e)
for n in ['BuiltinFunctionType','BuiltinMethodType','WrapperDescriptorType','MethodWrapperType','MethodDescriptorType','ClassMethodDescriptorType','GetSetDescriptorType','MemberDescriptorType','CodeType','FunctionType','LambdaType','MethodType','ModuleType','CellType','FrameType','TracebackType','GeneratorType','MappingProxyType','SimpleNamespace','NoneType','EllipsisType','NotImplementedType','GenericAlias','UnionType']:
    t = getattr(types, n)
    print(n, t.__name__, t.__module__, t.__qualname__)
print(isinstance((1).__add__, types.MethodWrapperType), isinstance(int.__add__, types.WrapperDescriptorType), isinstance(len, types.BuiltinFunctionType), isinstance(str.join, types.MethodDescriptorType))
print(types.ModuleType("m", "doc"), types.ModuleType("m").__doc__)
