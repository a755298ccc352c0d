# builtins: open read (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

with open("open_read_data.txt") as f:
    print(type(f).__name__, f.closed, f.mode, f.name)
    print(repr(f.readline()))
    print(repr(f.read(5)))
    print(repr(f.read()))
    print(repr(f.read()))
print(f.closed)
show("read closed", f.read)
with open("open_read_data.txt") as f:
    print(f.readlines())
with open("open_read_data.txt") as f:
    for line in f:
        print("line:", line.rstrip())
with open("open_read_data.txt", "rb") as f:
    data = f.read()
    print(type(data).__name__, data[:10], len(data))
f = open("open_read_data.txt", "r")
print(f.readable(), f.writable())
f.close()
f.close()
print(f.closed)
