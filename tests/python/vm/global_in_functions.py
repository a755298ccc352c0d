total = 0
items = []

def add(n):
    global total
    total += n
    items.append(n)

for n in range(5):
    add(n)
print(total, items)

def reset():
    global total, items
    total = 0
    items = []
reset()
print(total, items)

def read_only():
    return total + 1
print(read_only())

def conditional_global(flag):
    if flag:
        global created_later
        created_later = "made"
    return "ok"
conditional_global(True)
print(created_later)

def uses_globals_dict():
    globals()["via_dict"] = 99
uses_globals_dict()
print(via_dict)

def nested():
    def inner():
        global total
        total = "set by inner"
    inner()
nested()
print(total)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
