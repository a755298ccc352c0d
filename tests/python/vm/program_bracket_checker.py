PAIRS = {")": "(", "]": "[", "}": "{"}

def check(text):
    stack = []
    for i, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unmatched {ch!r} at {i}"
            opener, at = stack.pop()
            if opener != PAIRS[ch]:
                return f"{opener!r} at {at} closed by {ch!r} at {i}"
    if stack:
        opener, at = stack[-1]
        return f"unclosed {opener!r} at {at}"
    return "balanced"

for sample in ("(a[b]{c})", "(]", "((", "a)b", "{[()()]}", "", "[(])", "f(x[1], {k: (v)})"):
    print(f"{sample!r:22} {check(sample)}")
