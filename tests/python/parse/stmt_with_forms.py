# with statements: one item, several items, "as" targets that are names, tuples,
# attributes and subscripts, and nesting; __exit__ sees exceptions.
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self.name.upper(), len(self.name)

    def __exit__(self, kind, value, tb):
        self.log.append(f"exit {self.name} {kind.__name__ if kind else None}")
        return kind is KeyError


log = []
with Resource("a", log):
    log.append("body a")
with Resource("bb", log) as pair:
    log.append(f"pair {pair}")
with Resource("cc", log) as (upper, size):
    log.append(f"unpacked {upper} {size}")
with Resource("x", log) as first, Resource("y", log) as second:
    log.append(f"two {first} {second}")


class Target:
    pass


t = Target()
slots = [None]
with Resource("attr", log) as t.value, Resource("item", log) as slots[0]:
    pass
log.append(f"targets {t.value} {slots}")

with Resource("outer", log):
    with Resource("inner", log):
        raise KeyError("suppressed by inner")
    log.append("after inner")

try:
    with Resource("boom", log):
        raise ValueError("not suppressed")
except ValueError as err:
    log.append(f"caught {err}")

print("\n".join(log))
