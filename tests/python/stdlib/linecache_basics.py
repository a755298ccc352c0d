# linecache: lines of source files by number (with their newline), '' past the end or for
# unknown files and <pseudo-files>, the cache and clearcache().
import linecache

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 2)))
print(repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 10**6)))
lines = linecache.getlines(__file__)
print(len(lines) > 5, lines[-1].endswith("\n"), __file__ in linecache.cache)
print(repr(linecache.getline("<string>", 1)), linecache.getlines("no/such/file.py"))
linecache.clearcache()
print(__file__ in linecache.cache, linecache.lazycache("<stdin>", {}), linecache.lazycache(__file__, None))
print(linecache.getline(__file__, 3).rstrip())
