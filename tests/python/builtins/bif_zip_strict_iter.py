# builtins: zip strict iter (Glasspy conformance test)
def gen(n):
    for i in range(n):
        print("gen yields", i)
        yield i
print(list(zip(gen(2), gen(3))))
print(list(zip(gen(3), "ab")))
try:
    list(zip("abc", gen(2), strict=True))
except ValueError as e:
    print("ValueError", e)
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
