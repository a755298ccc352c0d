# String building and formatting: records formatted with f-strings, % and str.format,
# joined into a report, then searched, replaced, split, sliced and case-converted; a small
# template expander and a run-length encoder. Checksum: lengths and a polynomial hash.

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


def poly_hash(text, h=0):
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def format_records(count):
    lines = []
    for i in range(count):
        name = NAMES[i % len(NAMES)]
        qty = (i * 37) % 1000
        price = (i * 7919) % 100000
        if i % 3 == 0:
            line = f"{i:06d} {name:<8} qty={qty:>4} price={price // 100}.{price % 100:02d}"
        elif i % 3 == 1:
            line = "%06d %-8s qty=%4d price=%d.%02d" % (i, name, qty, price // 100, price % 100)
        else:
            line = "{:06d} {:<8} qty={:>4} price={}.{:02d}".format(i, name, qty, price // 100, price % 100)
        lines.append(line)
    return lines


def expand(template, values):
    out = []
    pos = 0
    while True:
        start = template.find("{{", pos)
        if start < 0:
            out.append(template[pos:])
            break
        end = template.find("}}", start)
        out.append(template[pos:start])
        out.append(str(values[template[start + 2:end].strip()]))
        pos = end + 2
    return "".join(out)


def run_length(text):
    parts = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        while j < n and text[j] == text[i]:
            j += 1
        parts.append(str(j - i) + text[i] if j - i > 1 else text[i])
        i = j
    return "".join(parts)


RECORDS = 200000  # quick: 20000
lines = format_records(RECORDS)
report = "\n".join(lines)
print("report", len(report), poly_hash(report[:200000]))

upper = report.upper().replace("QTY=", "Q=").replace("PRICE=", "P=")
fields = [line.replace("=", " ").split() for line in upper.split("\n")]
echo_total = sum(int(f[3]) for f in fields if f[1] == "ECHO")
print("echo qty", echo_total, "lines", len(fields), "upper", len(upper))

template = "item {{ name }} x{{qty}} costs {{ price }} ({{ name }})"
expanded = [expand(template, {"name": "".join(reversed(NAMES[i % 8])), "qty": i % 13, "price": i * 3})
            for i in range(RECORDS // 4)]
print("expanded", sum(len(s) for s in expanded), poly_hash(expanded[-1]))

runs = run_length("".join(str(i % 7) * (i % 4 + 1) for i in range(RECORDS // 2)))
print("rle", len(runs), poly_hash(runs[-1000:]))

pieces = []
for i in range(RECORDS // 2):
    s = NAMES[i % 8]
    pieces.append(s[1:] + s[:1] + "ay" if i % 2 else s[0].upper() + s[1:])
joined = "-".join(pieces)
print("pig", len(joined), joined.count("ay-"), joined.find("Golf"), joined.rfind("otelhay"))
