# A least-recently-used cache built on a dict's insertion order (pop and re-insert),
# with capacity, hit/miss statistics, __len__/__contains__, and eviction callbacks.
class LRU:
    def __init__(self, capacity, on_evict=None):
        self.capacity, self.on_evict = capacity, on_evict
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        while len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            evicted = self.data.pop(oldest)
            if self.on_evict:
                self.on_evict(oldest, evicted)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


evicted = []
cache = LRU(3, on_evict=lambda k, v: evicted.append(k))
for key in "abc":
    cache.put(key, key.upper())
cache.get("a")
cache.put("d", "D")
cache.get("b")
cache.put("e", "E")
cache.put("a", "AA")
print(cache, evicted, len(cache), "c" in cache)


def cached_fib(cache):
    def fib(n):
        if (hit := cache.get(n)) is not None:
            return hit
        value = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache.put(n, value)
        return value
    return fib


small = LRU(5)
print(cached_fib(small)(60), small.hits, small.misses, list(small.data))
