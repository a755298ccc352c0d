import bisect
scores = [60, 70, 80, 90]
grades = 'FDCBA'
def grade(score):
    return grades[bisect.bisect(scores, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)
records = [('ann', 20), ('bob', 25), ('cy', 31)]
print(bisect.bisect_left(records, 25, key=lambda r: r[1]))
bisect.insort(records, ('dan', 27), key=lambda r: r[1])
print(records)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
