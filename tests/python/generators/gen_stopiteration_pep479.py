# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration("explicit")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
print(next(g, "finished"))

def uses_next(it):
    while True:
        yield next(it)

it = iter([1, 2])
g = uses_next(it)
print(next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

class MyStop(StopIteration):
    pass

def subclass_stop():
    raise MyStop
    yield

try:
    list(subclass_stop())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def caught_inside():
    try:
        raise StopIteration("inside")
    except StopIteration as e:
        yield "caught " + str(e)

print(list(caught_inside()))

def via_for():
    for x in bad():
        yield x

try:
    print(list(via_for()))
except RuntimeError as e:
    print("via for:", e)
