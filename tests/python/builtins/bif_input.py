# builtins: input (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", e)
try:
    input()
except EOFError as e:
    print("EOFError", e.args)
show("two args", input, "a", "b")
show("kw", input, prompt="x")
print("done")
