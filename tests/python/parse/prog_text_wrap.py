# Greedy and balanced text wrapping, centring and justification of paragraphs, written
# with while loops, slicing and str methods.
TEXT = ("Glasspy runs Python and shows how Python runs it: tokens, the syntax tree, "
        "bytecode and the state of the virtual machine are first-class outputs.")


def greedy(words, width):
    lines, current = [], []
    for word in words:
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    if current:
        lines.append(current)
    return lines


def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    out = ""
    for i, word in enumerate(line[:-1]):
        out += word + " " * (spaces // gaps + (i < spaces % gaps))
    return out + line[-1]


words = TEXT.split()
for width in (28, 40):
    print(f"width {width}:".center(width, "-"))
    lines = greedy(words, width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
print("|" + "centred".center(20) + "|" + "right".rjust(10) + "|" + "x".zfill(4) + "|")
