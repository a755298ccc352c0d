# Run-length encoding and decoding of strings.
def encode(text):
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}" if j - i > 1 else text[i])
        i = j
    return "".join(out)


def decode(code):
    out, count = [], ""
    for ch in code:
        if ch.isdigit():
            count += ch
        else:
            out.append(ch * int(count or 1))
            count = ""
    return "".join(out)


for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = encode(s)
    print(repr(s), "->", repr(e), "->", repr(decode(e)), decode(e) == s)
