# Several simple statements on one line separated by semicolons, with a trailing
# semicolon, inside blocks and after compound headers.
a = 1; b = 2; c = a + b
print(a, b, c);
x = []; x.append(1); x.append(2); print(x)
import math; print(math.floor(2.5));


def f(): y = 10; z = y * 2; return z


for i in range(2): print("loop", i); print("again", i);
if c == 3: print("c is three"); c += 1
while c < 6: c += 1; print("c", c)
del a; del b;
print("a" in globals(), "b" in globals())
class K: attr = 1; other = attr + 1
print(f(), K.attr, K.other)
global_value = 5; assert global_value == 5; pass; print("ok")
