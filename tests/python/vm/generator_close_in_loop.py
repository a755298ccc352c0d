closed = []

def numbered(name):
    try:
        n = 0
        while True:
            n += 1
            yield f"{name}{n}"
    finally:
        closed.append(name)

for item in numbered("a"):
    if item == "a3":
        break
print("after break:", closed)

gen = numbered("b")
print(next(gen), next(gen))
gen.close()
print("after close:", closed)

def zipper():
    return list(zip(numbered("c"), range(2)))
print(zipper(), closed)

g = numbered("d")
print(next(g))
g = None
print("after rebinding:", closed)
