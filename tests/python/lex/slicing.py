# Slices in every form, on lists, strings and a custom class.
class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3:4], r[:, None], r[::-1])
seq = list(range(10))
print(seq[2:8:2], seq[::-2], seq[-3:], seq[:-3], seq[5:1:-1], seq[100:])
seq[2:5] = ["a", "b"]
print(seq)
del seq[::3]
print(seq)
word = "slicing"
print(word[1:-1], word[::-1], word[-1::-2], word[len(word):])
print(slice(1, 10, 2).indices(5))
