# itertools.product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()))
print(list(product('ab', [])), len(list(product(range(3), range(4), range(5)))))
print([''.join(p) for p in permutations('abc')], list(permutations(range(3), 2)))
print(list(permutations('ab', 3)), list(permutations('', 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)))
print(list(cwr('ABC', 2)), list(cwr([], 2)), list(cwr('a', 0)))
for f, args in [(combinations, ('ab', -1)), (permutations, ('ab', -1)), (combinations, ('ab',)), (product, ('a',))]:
    try:
        f(*args, **({'repeat': -1} if f is product else {}))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
