# Seed 003_18 (cProfile.run of a loop): the report's exact shape, its times masked (they
# differ from run to run); and seed 003_17's math.__file__ and importlib.reload(math).
import cProfile
import importlib
import io
import math
import re
import sys

def slow_function():
    result = 0
    for i in range(1000):
        result += i
    return result

saved = sys.stdout
sys.stdout = io.StringIO()
try:
    cProfile.run('slow_function()')
finally:
    report, sys.stdout = sys.stdout.getvalue(), saved
print(re.sub(r'\d+\.\d\d\d', 'T.TTT', report), end='')

print(type(math.__file__).__name__, math.__file__.endswith('.so'), 'math' in sys.modules)
print(importlib.reload(math) is math, math.sqrt(16))
import itertools, time
print(hasattr(itertools, '__file__'), hasattr(time, '__file__'), hasattr(sys, '__file__'))
