# The RuntimeError of PEP 479 is printed with the StopIteration as its direct cause.
def leaky(it):
    for x in it:
        yield next(it)

print(list(leaky(iter([1, 2, 3, 4]))))
print(list(leaky(iter([1, 2, 3]))))
