m = __import__("math")
print(m.__name__, m.floor(2.5))
c = __import__("collections.abc")
print(c.__name__)
c2 = __import__("collections.abc", fromlist=["Mapping"])
print(c2.__name__)
try:
    __import__("no_such_module_zz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    input("prompt> ")
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input()
except EOFError as e:
    print("again", type(e).__name__)
print("end")
