# CRLF endings with blank lines, comment-only lines and nested blocks.
class Stack:

    def __init__(self):
        self.items = []

    # push and pop
    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s.items or s.pop() != pairs[ch]:
                return False
    return not s.items


for sample in ["(a[b]{c})", "(]", "((", "x"]:
    print(sample, balanced(sample))
