def resource(name):
    print("open", name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("close", name)

for item in resource("a"):
    print(item)

g = resource("b")
print(next(g))
del g
print("after del")

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

print(take(1, resource("c")))

def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

n = nested()
next(n)
n.close()
