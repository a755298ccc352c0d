# A tiny regular-expression matcher (literals, ., *, +, ?, ^, $) written recursively,
# checked on a table of patterns and texts.
def match_here(pattern, text):
    if not pattern:
        return True
    if pattern == "$":
        return not text
    if len(pattern) > 1 and pattern[1] in "*+?":
        first, op, rest = pattern[0], pattern[1], pattern[2:]
        ok = lambda ch: first == "." or ch == first
        if op == "?":
            return (bool(text) and ok(text[0]) and match_here(rest, text[1:])) or match_here(rest, text)
        i = 0 if op == "*" else 1
        if op == "+" and not (text and ok(text[0])):
            return False
        while True:
            if match_here(rest, text[i:]):
                return True
            if i < len(text) and ok(text[i]):
                i += 1
            else:
                return False
    if text and (pattern[0] == "." or pattern[0] == text[0]):
        return match_here(pattern[1:], text[1:])
    return False


def search(pattern, text):
    if pattern.startswith("^"):
        return match_here(pattern[1:], text)
    return any(match_here(pattern, text[i:]) for i in range(len(text) + 1))


cases = [("abc", "xabcx"), ("^abc", "xabc"), ("a.c", "abc"), ("ab*c", "ac"), ("ab*c", "abbbc"),
         ("ab+c", "ac"), ("ab+c", "abbc"), ("colou?r", "color"), ("colou?r", "colour"),
         ("^a.*z$", "abcz"), ("^a.*z$", "abczq"), ("x*", ""), ("^$", ""), ("^.+$", "")]
for pattern, text in cases:
    print(f"{pattern:<10} {text!r:<9} {search(pattern, text)}")
