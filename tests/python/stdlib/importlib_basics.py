# importlib: import_module (absolute, dotted, relative with a package) and reload keeping
# the module object.
import importlib
import sys

m = importlib.import_module("math")
print(m is sys.modules["math"], m.sqrt(16))
p = importlib.import_module("os.path")
print(p.__name__, p.join("a", "b"))
j = importlib.import_module(".decoder", "json")
print(j.__name__, j.JSONDecodeError.__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import json
json.extra = 1
again = importlib.reload(json)
print(again is json, hasattr(json, "dumps"))
try:
    importlib.reload("json")
except TypeError as e:
    print(e)
