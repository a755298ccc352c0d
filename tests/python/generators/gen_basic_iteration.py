# Generators iterated by for loops, list(), and interleaved by hand.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

for x in count_up(4):
    print("for", x)
print(list(count_up(6)))
print(tuple(count_up(3)), set(count_up(3)) == {0, 1, 2})

a = count_up(3)
b = count_up(3)
print(next(a), next(b), next(a), next(b), next(a), next(b))
print(next(a, "end-a"), next(b, "end-b"))
print(list(a), list(b))

def empty():
    return
    yield

print(list(empty()))
print(next(empty(), "nothing"))

def letters(word):
    for ch in word:
        yield ch.upper()

print("".join(letters("generator")))
print(sorted(letters("banana")))
print(max(count_up(10)), min(count_up(10)), sum(count_up(101)))
print(dict(zip(letters("abc"), count_up(3))))
print(list(enumerate(letters("xyz"), 1)))
print(3 in count_up(5), 7 in count_up(5))
