# list.sort is stable, honours key= and reverse=, and reports comparison errors.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: -p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
nums.sort(reverse=True)
print(nums, sorted(nums, key=lambda n: n % 3))
data = [1.5, 1, True, 0.5, False]
print(sorted(data), sorted([[2, 1], [1, 2], [1], []]), sorted("hello"))
for bad in ([1, "a"], [(1, 2), (1, "x")], [None, None], [1j, 2j]):
    try:
        bad.sort()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1, 2].sort(lambda a: a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], key=len)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([], key=len), sorted([5]), sorted(range(5), key=lambda x: 0, reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
