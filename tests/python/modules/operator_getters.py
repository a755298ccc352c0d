# operator.itemgetter, attrgetter and methodcaller.
from operator import itemgetter, attrgetter, methodcaller
import types
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(itemgetter(0, 1)('xyz'), itemgetter('k')({'k': 1}), itemgetter(slice(1, 3))('abcd'))
p = types.SimpleNamespace(name='Ada', born=1815, addr=types.SimpleNamespace(city='London'))
print(attrgetter('name')(p), attrgetter('name', 'born')(p), attrgetter('addr.city')(p))
print(methodcaller('upper')('shout'), methodcaller('replace', 'a', 'o')('banana'))
print(methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(itemgetter(1), itemgetter(1, 'x'), attrgetter('a.b'), attrgetter('x', 'y'))
print(methodcaller('f'), methodcaller('g', 1, 'two', key=[3]))
print(list(map(itemgetter(0), ['ab', 'cd'])))
