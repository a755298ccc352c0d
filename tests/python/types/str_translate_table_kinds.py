# str.translate with dicts (ints, strs, None), sequences, and maketrans in its three forms.
t = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "d": 100})
print(sorted(t.items()), "abcdabcd".translate(t))
t2 = str.maketrans("abc", "xyz", "d")
print(sorted(t2.items()), "aabbccdd".translate(t2))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "hello".translate([chr(i).upper() for i in range(128)]))

class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError(k)
print("beef".translate(Table()))
for bad in (str.maketrans("ab", "x") if False else None,):
    pass
for args in (("ab", "x"), ({"ab": "x"},), ({1.5: "x"},), ("a",), (1, 2)):
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for table in ({ord("a"): 1.5}, {ord("a"): 0x110000}):
    try:
        "abc".translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("日本".translate({ord("日"): "月"}), "abc".translate({ord("b"): ""}), "x".translate({ord("x"): 0x1F600}))
