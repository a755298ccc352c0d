class Registry:
    entries = {}

    @classmethod
    def add(cls, key, value):
        cls.entries[key] = value

Registry.add("a", 1)
print(Registry.entries)

class Broken:
    x = 1
    y = x + 1
    print("class body running, y =", y)
    z = undefined_in_class + y

print("not reached")
