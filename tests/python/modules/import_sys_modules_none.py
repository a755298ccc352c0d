# None in sys.modules blocks an import; entries can be added by hand.
import sys
sys.modules['blocked_mod'] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)
import math
sys.modules['my_alias'] = math
import my_alias
print(my_alias is math)
del sys.modules['my_alias']
print('my_alias' in sys.modules)
