# functools.lru_cache and cache with cache_info / cache_clear.
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x

for v in (1, 2, 1, 3, 2, 1):
    sq(v)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact.cache_info().hits, fact.cache_info().misses)

@lru_cache
def plain(x):
    return x + 1

print(plain(1), plain(1), plain.cache_info(), plain.__name__)
