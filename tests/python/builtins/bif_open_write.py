# builtins: open write (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

f = open("glasspy_scratch_out.txt", "w")
print(f.write("first line\n"), f.write("second\n"))
f.close()
with open("glasspy_scratch_out.txt") as r:
    print(repr(r.read()))
with open("glasspy_scratch_out.txt", "a") as a:
    a.write("appended\n")
with open("glasspy_scratch_out.txt") as r:
    print(r.readlines())
with open("glasspy_scratch_out.txt", "w") as w:
    show("write bytes to text", w.write, b"x")
    w.writelines(["a", "b", "\n"])
with open("glasspy_scratch_out.txt") as r:
    print(repr(r.read()))
    show("write to reader", r.write, "x")
with open("glasspy_scratch_out.txt", "wb") as b:
    print(b.write(b"raw\x00bytes"))
    show("str to binary", b.write, "text")
with open("glasspy_scratch_out.txt", "rb") as b:
    print(b.read())
try:
    import os
    os.remove("glasspy_scratch_out.txt")
except Exception:
    pass
