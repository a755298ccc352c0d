# Ends in an uncaught while parsing line 3: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
def parse_row(row, line_no):
    try:
        name, qty = row.split(",")
        return name, int(qty)
    except ValueError as e:
        e.add_note(f"while parsing line {line_no}: {row!r}")
        raise

rows = ["apple,3", "pear,4", "plum,many"]
result = []
for i, row in enumerate(rows, 1):
    result.append(parse_row(row, i))
    print("parsed", result[-1])
print("not reached")
