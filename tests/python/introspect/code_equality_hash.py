# Code objects compare and hash by value.
a = compile("x = 1 + 2\nprint(x)", "<same>", "exec")
b = compile("x = 1 + 2\nprint(x)", "<same>", "exec")
c = compile("x = 1 + 3\nprint(x)", "<same>", "exec")
print(a == b, a is b, hash(a) == hash(b))
print(a == c, a != c)
print(compile("1", "<x>", "eval") == compile("1.0", "<x>", "eval"))
print(compile("0.0", "<x>", "eval") == compile("-0.0", "<x>", "eval"))
print({a: 1}[b])
def f(): return 1
def g(): return 1
print(f.__code__ == g.__code__, f.__code__.co_name, g.__code__.co_name)
