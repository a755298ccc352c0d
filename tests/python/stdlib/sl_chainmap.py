from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm, cm['user'], cm['color'], len(cm), sorted(cm))
print(dict(cm), 'color' in cm, cm.get('missing', 0))
child = cm.new_child({'color': 'blue'})
print(child['color'], child.parents, child.maps[0])
cm['user'] = 'root'
print(args, cm.maps)
del cm['user']
print(cm['user'])
try:
    del cm['color']
except KeyError as e:
    print(repr(e))
print(ChainMap(), list(ChainMap({'a': 1}, {'b': 2, 'a': 3}).items()))
