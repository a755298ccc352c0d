from collections import abc
values = [[], (), {}, set(), frozenset(), 'text', b'b', range(3), 5, 2.5, None, len, iter([]), (x for x in [])]
for name in ['Iterable', 'Iterator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping',
             'Set', 'MutableSet', 'Sized', 'Container', 'Hashable', 'Callable', 'Generator', 'Collection',
             'Reversible']:
    cls = getattr(abc, name)
    print(name.ljust(16), [type(v).__name__ for v in values if isinstance(v, cls)])
