from collections.abc import Sequence, Mapping
from collections import deque, OrderedDict, defaultdict
class Row(Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
def describe(obj):
    match obj:
        case [first, *rest]:
            return f'sequence starting {first!r} + {len(rest)}'
        case {'kind': kind}:
            return f'mapping of kind {kind}'
        case _:
            return 'other'
for value in [Row(1, 2, 3), deque('ab'), OrderedDict(kind='od'), defaultdict(int, kind='dd'), 'str', {1: 2}]:
    print(describe(value))
class Plain:
    pass
Sequence.register(Plain)
print(describe(Plain()))
