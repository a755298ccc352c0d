# Four-space indentation: an insertion sort and a small class, nested blocks.


def insertion_sort(items):
    result = list(items)
    for i in range(1, len(result)):
        key = result[i]
        j = i - 1
        while j >= 0 and result[j] > key:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = key
    return result


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        if word in self.counts:
            self.counts[word] += 1
        else:
            self.counts[word] = 1

    def most_common(self):
        best = None
        for word, count in self.counts.items():
            if best is None or count > best[1]:
                best = (word, count)
        return best


print(insertion_sort([5, 2, 9, 1, 5, 6]))
c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c.most_common())
