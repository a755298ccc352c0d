def check_sorted(values):
    for a, b in zip(values, values[1:]):
        assert a <= b, f"{a} > {b}"
    return True

def check_unique(values):
    assert len(set(values)) == len(values), "duplicates"
    return True

print(check_unique([1, 2, 3]))
try:
    check_unique([1, 1])
except AssertionError as e:
    print("caught:", e)
print(check_sorted([1, 2, 3]))
print(check_sorted([]))
print(check_sorted([3, 1]))
