# close() closes the delegated-to generator first, innermost finally first.
def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")

def middle():
    try:
        yield from inner()
    finally:
        print("middle finally")

def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print("closed")

class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def close(self):
        print("Closable.close called")

def uses_closable():
    yield from Closable()

g = uses_closable()
print(next(g))
g.close()

def thrown_exit():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise

g = thrown_exit()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
