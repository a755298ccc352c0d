# sys.displayhook prints a repr and sets builtins._; None prints nothing.
import sys, builtins
sys.displayhook('text')
sys.displayhook([1, 2])
print(builtins._)
sys.displayhook(None)
print(builtins._)
