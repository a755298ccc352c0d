# Parenthesised context managers (3.10+): items over several lines, trailing commas,
# "as" targets inside the parentheses, and a parenthesised expression as one item.
class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self.name

    def __exit__(self, *exc):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False


with (
    Tag("html") as html,
    Tag("body") as body,
    Tag("p"),
):
    print("  " * Tag.depth + f"text inside {html}/{body}")

with (Tag("a"), Tag("b")):
    pass

with (Tag("single")):
    pass

with (Tag("one") as one,):
    print("  one is", one)

with (Tag("t1") as t1, Tag("t2")) :
    print("  ", t1)

with (Tag("x")) as x, (Tag("y")) as y:
    print("  ", x, y)
