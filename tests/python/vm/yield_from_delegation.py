def sub():
    try:
        while True:
            x = yield
            print("sub got", x)
    except GeneratorExit:
        print("sub closed")
        raise
    finally:
        print("sub finally")

def main():
    yield from sub()

m = main()
next(m)
m.send(1)
m.send(2)
m.close()

def returning():
    yield 1
    return "value from sub"

def collector():
    results = []
    for _ in range(2):
        r = yield from returning()
        results.append(r)
    return results

c = collector()
print(list(c))
c = collector()
out = []
try:
    while True:
        out.append(next(c))
except StopIteration as e:
    print(out, e.value)

def yf_iterable():
    r = yield from [10, 20]
    print("return of list delegation:", r)
print(list(yf_iterable()))
