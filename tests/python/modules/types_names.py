# The types module's names are the interpreter's own types.
import types
def f():
    yield 1
print(types.FunctionType, types.LambdaType is types.FunctionType, type(f) is types.FunctionType)
print(types.GeneratorType, isinstance(f(), types.GeneratorType))
print(types.BuiltinFunctionType, isinstance(len, types.BuiltinFunctionType))
print(types.ModuleType, isinstance(types, types.ModuleType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.MappingProxyType, type(int.__dict__) is types.MappingProxyType)
class C:
    def m(self):
        pass
print(types.MethodType, isinstance(C().m, types.MethodType))
