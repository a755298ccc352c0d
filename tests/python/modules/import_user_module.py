# Importing a module from the program's folder: runs once, cached in sys.modules.
import sys
import modhelper_alpha
import modhelper_alpha as again
print(modhelper_alpha.VALUE, modhelper_alpha.double(21))
print(again is modhelper_alpha, 'modhelper_alpha' in sys.modules)
print(modhelper_alpha.__name__, modhelper_alpha.__file__.endswith('modhelper_alpha.py'))
from modhelper_alpha import double, VALUE as V
print(double(V))
