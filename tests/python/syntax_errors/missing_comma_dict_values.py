# Two dict entries without a comma between them.
d = {'a': 1 'b': 2}
