def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print("not found", target)
    return i

print(find([3, 1, 4, 1, 5], 4))
print(find([3, 1, 4, 1, 5], 9))
print(find([], 1))

n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    print("odd", n)
print("after loop n =", n)

count = 3
while count:
    count -= 1
else:
    print("while-else ran, count =", count)
