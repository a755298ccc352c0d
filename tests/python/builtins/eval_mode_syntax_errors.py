# SyntaxError positions for eval and single input, which get no implicit newline.
sources = ["", "1 +", "\n", "1 +\n", "(1 +", "x +", "f(", "1 + ", "1\n2 +", "1 +\n2 +", "x = (1 +",
           "1 +  # c", "a b", "1 +\n\n", "\n\n1 +", "if x:\n  1 +", "x = (1, 2", "x = (1,\n2"]
for src in sources:
    for mode in ("eval", "exec", "single"):
        try:
            compile(src, "s", mode)
            print(repr(src), mode, "ok")
        except SyntaxError as e:
            print(repr(src), mode, repr(e.msg), repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
