from collections import OrderedDict
class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size
    def get_item(self, key):
        value = self[key]
        self.move_to_end(key)
        return value
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            oldest = next(iter(self))
            del self[oldest]
cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get_item('a')
cache.put('c', 3)
print(cache, list(cache))
