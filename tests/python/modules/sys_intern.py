# sys.intern returns one object per text.
import sys
a = sys.intern(''.join(['hel', 'lo wor', 'ld!']))
b = sys.intern('hello world!')
print(a is b, a)
for bad in (1, b'x'):
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)
class S(str):
    pass
try:
    sys.intern(S('x'))
except TypeError as e:
    print(e)
