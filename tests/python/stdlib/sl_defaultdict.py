from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts['z'], len(counts))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
print(dict(nested['a']), 'b' in nested)
d = defaultdict(None, {1: 2})
print(d)
try:
    d[3]
except KeyError as e:
    print(repr(e))
try:
    defaultdict(5)
except TypeError as e:
    print(e)
s = defaultdict(set)
s['k'].add(1)
print(s, s.copy(), type(s.copy()).__name__, isinstance(s, dict))
print(defaultdict(list, a=[1]) == {'a': [1]})
