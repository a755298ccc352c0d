# gc.get_objects() contains tracked containers and not atoms or untracked dicts.
import gc
gc.disable()
tracked_list = [1, 2]
atom_dict = {"a": 1}
class K:
    pass
k = K()
objs = gc.get_objects()
print(any(o is tracked_list for o in objs))
print(any(o is k for o in objs))
print(any(o is atom_dict for o in objs))
print(any(o is K for o in objs))
text = "a string"
print(any(o is text for o in objs))
del objs
print(type(gc.get_objects(generation=0)).__name__)
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print(type(e).__name__, e)
gc.enable()
