def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)

def iadd_int_str():
    x = 1
    x += "a"
def isub_list():
    x = [1]
    x -= [1]
def imul_str_float():
    x = "ab"
    x *= 2.0
def ior_dict_list():
    x = {}
    x |= [1]
def iand_set_list():
    x = {1}
    x &= [1]
def ipow_none():
    x = None
    x **= 2
def ilshift_float():
    x = 1.0
    x <<= 1
def ifloordiv_str():
    x = "s"
    x //= 2
def iadd_tuple_list():
    x = (1,)
    x += [2]
def iadd_list_tuple():
    x = [1]
    x += (2,)
    print(x)

for name, fn in list(globals().items()):
    if name.startswith("i") and callable(fn):
        attempt(name, fn)
