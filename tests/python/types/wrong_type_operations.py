cases = [
    (lambda: 1 + "a", "int + str"),
    (lambda: "a" + 1, "str + int"),
    (lambda: [1] + (2,), "list + tuple"),
    (lambda: 1 - "a", "int - str"),
    (lambda: "a" * "b", "str * str"),
    (lambda: [1] * 1.5, "list * float"),
    (lambda: {} + {}, "dict + dict"),
    (lambda: {1} + {2}, "set + set"),
    (lambda: None + None, "None + None"),
    (lambda: 1 / "x", "int / str"),
    (lambda: 2 ** "x", "int ** str"),
    (lambda: "a" % 5 if False else 5 % "a", "int % str"),
    (lambda: 1 < "x", "int < str"),
    (lambda: [] > (), "list > tuple"),
    (lambda: -"x", "unary - str"),
    (lambda: ~1.0, "~ float"),
    (lambda: abs("x"), "abs(str)"),
    (lambda: len(5), "len(int)"),
    (lambda five=5: five[0], "int[0]"),
    (lambda: 1.5 & 1, "float & int"),
    (lambda: b"a" + "b", "bytes + str"),
    (lambda: 1 @ 1, "int @ int"),
    (lambda: divmod("a", 1), "divmod(str, int)"),
    (lambda: 3 << 1.0, "int << float"),
]
for fn, label in cases:
    try:
        fn()
    except TypeError as e:
        print(f"{label:18} TypeError: {e}")
