import math
import sys

print("math loaded:", math.sqrt(9))
print("sys loaded:", "sys" in sys.modules)

def load_optional():
    try:
        import definitely_missing_module_abc
    except ImportError as e:
        print("optional import failed:", e.name)
        return None

load_optional()
import another_missing_module_xyz
print("not reached")
