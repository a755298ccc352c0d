# time.struct_time: a struct sequence Python can build (9 to 11 items), its repr, the
# hidden tm_zone/tm_gmtoff attributes, and gmtime/localtime/mktime/asctime/ctime at
# fixed timestamps (this host's local time is UTC, as the expected output's).
import time

t = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(repr(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[:3], t[-1], tuple(t))
print(isinstance(t, tuple), type(t).__name__, type(t).__module__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
z = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'CET', 3600))
print(z, z.tm_zone, z.tm_gmtoff, z == t, hash(z) == hash(t))
print(time.struct_time([1970] + [1] * 8))
print(time.struct_time(range(9)))
for bad in [(1, 2, 3), (1,) * 12, 5, None]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    t.tm_year = 5
except AttributeError as e:
    print('AttributeError:', e)

for secs in [0, 1, -1, 86399, 86400, 951782400, 1e9, 1234567890.75, -1.5, 4102444800, -2208988800, 253402300799]:
    g = time.gmtime(secs)
    print(secs, g, g.tm_zone, g.tm_gmtoff)
    print('   ', time.asctime(g), '|', time.ctime(secs), '|', time.mktime(g))
print(time.localtime(1e9))
print(time.localtime(1e9).tm_zone, time.localtime(1e9).tm_gmtoff)
for tt in [(2024, 14, 40, 25, 0, 0, 0, 0, -1), (1969, 12, 31, 23, 59, 59, 0, 0, 0), (2024, 1, 2, 3, 4, 5, 6, 7, 1),
           (2000, 2, 29, 12, 0, 0, 0, 0, 0), (2000, 0, 0, 0, 0, 0, 0, 0, 0)]:
    print(tt, time.mktime(tt))
print(time.timezone, time.altzone, time.daylight, time.tzname)


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(time.asctime, (1, 2))
show(time.asctime, [1, 2, 3, 4, 5, 6, 7, 8, 9])
show(time.asctime, 'abcdefghi')
show(time.asctime, (2024, 13, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (2024, 0, 0, 0, 0, 0, 0, 0, 0))
show(time.asctime, (2024, 1.5, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (2024, 3, 5, 24, 7, 9, 1, 65, 0))
show(time.asctime, (2024, 3, 5, 14, 60, 9, 1, 65, 0))
show(time.asctime, (2024, 3, 5, 14, 7, 61, 1, 65, 0))
show(time.asctime, (2024, 3, 5, 14, 7, 62, 1, 65, 0))
show(time.asctime, (2024, 3, 5, 14, 7, 9, -1, 65, 0))
show(time.asctime, (2024, 3, 5, 14, 7, 9, -2, 65, 0))
show(time.asctime, (2024, 3, 5, 14, 7, 9, 7, 65, 0))
show(time.asctime, (2024, 3, 5, 14, 7, 9, 1, 367, 0))
show(time.asctime, (2024, 3, 32, 14, 7, 9, 1, 1, 0))
show(time.asctime, (2024, 3, 5, 14, 7, 9, 1, 65, 2**40))
show(time.mktime, (1, 2))
show(time.mktime, 5)
show(time.gmtime, 'x')
show(time.gmtime, float('nan'))
show(time.gmtime, 1e30)
show(time.gmtime, 10**20)
show(time.localtime, -1e30)
show(time.ctime, float('nan'))

# Sequence operations, copying (through __reduce__) and the constructor's keywords.
import copy
t = time.gmtime(1e9)
print(t + (1,), t[::2], t == tuple(t), list(t)[:3], t.count(0), t.index(9))
print(copy.copy(t) == t, copy.deepcopy(z).tm_zone, sorted([time.gmtime(5), time.gmtime(1)])[0].tm_sec)
print(z.__reduce__())
y, m, *rest = t
print(y, m, rest)
print(time.struct_time(t), time.struct_time(t).tm_zone)
print(time.struct_time((1,) * 9, {'tm_zone': 'Q', 'tm_gmtoff': 5}).tm_zone)
print(time.struct_time(sequence=(1,) * 9, dict={}))
for args, kwargs in [(((1,) * 9, 5), {}), ((), {'seq': (1,) * 9}), (((1,) * 9,), {'x': 1}),
                     (((1,) * 9,), {'sequence': 1}), ((1, 2, 3), {})]:
    try:
        time.struct_time(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
print(time.struct_time.__name__, time.struct_time.__qualname__, time.struct_time.__module__)
