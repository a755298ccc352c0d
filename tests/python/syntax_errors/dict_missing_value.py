# A dict key without a value.
d = {'a': 1, 'b'}
