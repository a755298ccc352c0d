# builtins: name suggestions (Glasspy conformance test)
for src in ["lenn([1])", "prnt(1)", "sortd([2, 1])", "isinstanc(1, int)", "Exceptio", "ValueErrr", "ascci('x')", "Tru", "Non"]:
    try:
        eval(src)
    except NameError as e:
        print(type(e).__name__, e, e.name)
