import builtins

def use_len():
    return len("abc")

print(use_len())
len = lambda x: "shadowed"
print(use_len(), builtins.len("abc"))
del len
print(use_len())

print(builtins.print is print, type(builtins.__dict__).__name__)
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(type(e).__name__, e)

def local_shadow():
    max = 10
    return max
print(local_shadow(), max(3, 4))

def shadow_in_loop():
    out = []
    for list in range(2):
        out.append(list)
    return out
print(shadow_in_loop(), list("ab"))
print(__builtins__ is builtins or __builtins__ is builtins.__dict__)
