def middle(seq):
    return seq[len(seq) // 2]

def last_two(seq):
    return seq[-1], seq[-2]

print(middle(range(10)))
print(last_two((1, 2, 3)))
try:
    middle([])
except IndexError as e:
    print("caught:", e)
print(middle([1, 2, 3]))
print(last_two("ab"))
print(middle("hello"))
print(last_two([1]))
