# A module whose body raises is removed from sys.modules.
import sys
try:
    import modhelper_raises
except ZeroDivisionError as e:
    print("caught", e)
print('modhelper_raises' in sys.modules)
