# An exception inside a generator consumed by list(): the generator's frame is shown.
def parse_all(items):
    for item in items:
        yield 100 // item

print(list(parse_all([1, 2, 5])))
print(list(parse_all([4, 0, 2])))
