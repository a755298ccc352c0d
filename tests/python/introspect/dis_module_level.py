# Module-level code compiled with compile(): names, imports, class and function definitions.
import dis

source = '''
import math
from os import path as p
GLOBAL = 10
def f(x):
    global GLOBAL
    GLOBAL += x
class C(object):
    attr = f
del GLOBAL
'''
dis.dis(compile(source, "<module>", "exec"))
