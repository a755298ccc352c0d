# with-statement items that look alike but parse differently: a parenthesised tuple of
# managers, a parenthesised single expression with "as" outside, a tuple target, and
# a generator or call inside the parentheses.
class CM:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return (self.label, len(self.label))

    def __exit__(self, *exc):
        print("exit", self.label)


def make(label):
    return CM(label)


with (CM("a")) as value:
    print(" value", value)
with (CM("b") as target):
    print(" target", target)
with (CM("c") as (name, size)):
    print(" unpacked", name, size)
with (make("d")), (CM("e")):
    print(" two groups")
with (CM("f") if True else CM("x")) as chosen:
    print(" conditional manager", chosen)
with (
    make("g")
) as g, make(
    "h"
) as h:
    print(" spread over lines", g, h)
try:
    with (CM("i"), CM("j")) as pair:
        print(" never: the tuple itself is the context manager")
except TypeError as err:
    print(" TypeError:", err)
