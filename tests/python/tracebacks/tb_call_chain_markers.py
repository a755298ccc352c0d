# Markers for calls: the failing call in a chain of calls and attribute accesses.
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, part):
        self.parts.append(part)
        return self
    def build(self):
        return "-".join(self.parts)

print(Builder().add("a").add("b").build())
text = Builder().add("x").add(2).build().upper()
