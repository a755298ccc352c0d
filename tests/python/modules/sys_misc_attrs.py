# Assorted sys attributes.
import sys
print(sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
print(sorted(sys.builtin_module_names) == list(sys.builtin_module_names))
print(sys.modules['sys'] is sys, '__main__' in sys.modules, sys.modules['__main__'].__name__)
print(type(sys.path).__name__, type(sys.argv).__name__, sys.platform)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.dont_write_bytecode)
print(sys.float_repr_style, sys.api_version, type(sys.implementation.name).__name__)
print(sys.gettrace(), sys.settrace(None), sys.getprofile(), sys.setprofile(None))
print(callable(sys.displayhook), sys.__displayhook__ is sys.displayhook, sys.excepthook is sys.__excepthook__)
