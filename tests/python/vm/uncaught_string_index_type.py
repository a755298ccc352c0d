# Ends in an uncaught TypeError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
def initials(names):
    out = []
    for name in names:
        out.append(name[0])
    return "".join(out)

print(initials(["ada", "bob"]))
print(initials("xyz"))
print(initials([["list"], ["two"]]) if False else "skipped")
data = {"first": "grace", "last": "hopper"}
print(data["first"][0].upper() + data["last"][0].upper())
label = "item"
print(label["0"])
print("not reached")
