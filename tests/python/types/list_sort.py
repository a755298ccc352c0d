nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
records = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
records.sort(key=lambda r: r[0])
records.sort(key=lambda r: r[1])
print(records)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([]), sorted("zyx"), sorted({3: 0, 1: 0}), sorted([3.5, 1, 2.25, -1]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([True, False, 0, 1]))
lst = [3, 1, 2]
print(lst.sort(), lst.sort(reverse=True), lst)
