# Built-in modules: repr, __name__, no __file__.
import sys, itertools, time, errno
for mod in (sys, itertools, time, errno):
    print(repr(mod), mod.__name__, hasattr(mod, '__file__'))
import builtins
print(builtins, builtins.len is len)
builtins.my_global_name = 7
print(my_global_name)
