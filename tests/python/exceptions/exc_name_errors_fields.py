# NameError.name for globals, locals (UnboundLocalError) and free variables.
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.name)
def local_before():
    print(x)
    x = 1
try:
    local_before()
except UnboundLocalError as e:
    print(type(e).__name__, e, e.name, isinstance(e, NameError))
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 5
    return inner()
print(outer())
def del_global():
    global gone
    gone = 1
    del gone
    return gone
try:
    del_global()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
e = NameError("m", name="given")
print(e.name, NameError().name, e.args)
class K:
    try:
        missing_in_class
    except NameError as e:
        print("class body:", e)
