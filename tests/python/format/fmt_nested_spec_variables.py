# Building a whole format spec from pieces in nested replacement fields.
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
width = max(len(r[0]) for r in rows)
for align in ("<", ">", "^"):
    for name, price, qty in rows:
        print(f"|{name:{align}{width}}|{price:{'+' if qty > 2 else ' '}{8}.{2}f}|{qty:{'0'}{4}d}|")
fill, align, sign, w, prec, typ = "*", "^", "+", 12, 3, "e"
print(f"{1234.5678:{fill}{align}{sign}{w}.{prec}{typ}}")
spec = "".join([fill, align, str(w)])
print(f"{'mid':{spec}}", "{0:{1}}".format("mid", spec), format("mid", spec))
print("{:{}{}{}.{}}".format(2.718281828, ">", "+", 10, 4), "{0:{w}.{p}}".format(1 / 7, w=9, p=2))
try:
    "{0:{1:{2}}}".format(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
print(f"{'x':{'' or '>'}{3}}", f"{5:{''}}", f"{5:{'#'}{'x'}}")
