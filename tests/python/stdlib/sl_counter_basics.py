from collections import Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), list(c), len(c))
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3))
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter())
del c['z']
del c['a']
print(c)
