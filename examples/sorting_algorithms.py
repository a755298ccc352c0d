# Sorting: three classic algorithms side by side, checked against sorted().
# Insertion sort shifts items left one at a time; merge sort splits, sorts the
# halves and merges them; quicksort partitions around a pivot.

def insertion_sort(items):
    items = list(items)
    for i in range(1, len(items)):
        current = items[i]
        j = i - 1
        while j >= 0 and items[j] > current:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = current
    return items


def merge_sort(items):
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    left, right = merge_sort(items[:middle]), merge_sort(items[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i]); i += 1
        else:
            merged.append(right[j]); j += 1
    return merged + left[i:] + right[j:]


def quicksort(items):
    if len(items) <= 1:
        return list(items)
    pivot, *rest = items
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


# A small pseudo-random list (a linear congruential generator, so the output
# is the same on every run).
seed, data = 42, []
for _ in range(15):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100)

print("data:     ", data)
for sort in (insertion_sort, merge_sort, quicksort):
    result = sort(data)
    print(f"{sort.__name__:15}", result == sorted(data), result[:5], "...")

# sorted() is stable and takes a key: sort words by length, ties keep order.
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
