# yield as an expression in different positions.
def forms():
    a = yield
    print("a =", a)
    b = (yield 1) + 10
    print("b =", b)
    c = [(yield 2), (yield 3)]
    print("c =", c)
    d = yield (yield 4)
    print("d =", d)
    print("call arg:", str((yield 5)))
    e = yield from ()
    print("e =", e)
    return "end"

g = forms()
print(next(g))
print(g.send("A"))
print(g.send(5))
print(g.send("c1"))
print(g.send("c2"))
print(g.send("inner"))
print(g.send("outer"))
try:
    g.send("arg")
except StopIteration as e:
    print("return", e.value)

def lambda_gen():
    f = lambda: (yield "from lambda")
    return f()

print(list(lambda_gen()))

def yield_in_condition(values):
    for v in values:
        if (yield v):
            print("true reply for", v)

g = yield_in_condition([1, 2, 3])
print(next(g), g.send(True), g.send(False))
