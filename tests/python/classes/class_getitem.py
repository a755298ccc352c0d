class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int], Box["x"], Box[1, 2])
print(type(list[int]).__name__, list[int], dict[str, list[int]], tuple[int, ...])
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Box):
    pass
print(Sub[float])
class Meta(type):
    def __getitem__(cls, item):
        return f"metaclass getitem {item}"
class UsesMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(UsesMeta[0])
