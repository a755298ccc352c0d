# Assignment expressions everywhere they are allowed: if and while conditions,
# comprehension conditions and elements, call arguments, subscripts, set and list
# displays, lambda bodies, f-strings, return, assert, conditional expressions.
data = [3, 8, 1, 9, 4]

if (n := len(data)) > 3:
    print("long list of", n)

chunks = iter(["ab", "cd", ""])
while (chunk := next(chunks)):
    print("chunk", chunk)

squares = [y for x in data if (y := x * x) > 10]
print(squares, "last y:", y)
pairs = [(x, doubled := x * 2, doubled + 1) for x in range(3)]
print(pairs, doubled)

print(max(data, key=lambda v: (neg := -v)), sum(values := [1, 2, 3]), values)
print(data[i := 2], i, data[(j := 0)], j)
print(sorted({k := "key", k * 2}), [total := 10, total + 1])
print(f"{(width := 8)} {'x':>{width}}|")


def first_long(words):
    return next((w for w in words if (size := len(w)) > 3), None)


def check(v):
    assert (result := v * 2) > 0, result
    return result


print(first_long(["a", "abcd", "ef"]), check(5))
print("big" if (m := max(data)) > 5 else "small", m)
f = lambda: (z := 5) + z
print(f())
print((w := 1) + (w := w + 1) + w)
text = "key=value"
if (pos := text.find("=")) != -1 and (key := text[:pos]):
    print(key, text[pos + 1:])
