# Run-length encoding and decoding of strings and bytes, the look-and-say sequence,
# and a compression ratio table.
def encode(data):
    out, i = [], 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i]:
            j += 1
        out.append((data[i], j - i))
        i = j
    return out


def to_text(runs):
    return "".join(f"{n}{ch}" if n > 1 else ch for ch, n in runs)


def decode(text):
    out, count = [], ""
    for ch in text:
        if ch.isdigit():
            count += ch
        else:
            out.append(ch * int(count or 1))
            count = ""
    return "".join(out)


def look_and_say(s):
    return "".join(f"{n}{ch}" for ch, n in encode(s))


for s in ("aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"):
    text = to_text(encode(s))
    print(f"{s!r:>16} -> {text!r:<10} round trip {decode(text) == s}")
print(encode(b"\x00\x00\x01\xff\xff\xff"))
term, terms = "1", []
for _ in range(8):
    terms.append(term)
    term = look_and_say(term)
print(terms, len(term))
