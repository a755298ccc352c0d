# Moderately deep nesting of parentheses, lists, calls, subscripts, lambdas and
# conditional expressions: well within CPython's limits, awkward for a parser.
value = ((((((((((((((((((((1))))))))))))))))))))
nested_list = [[[[[[[[[["core"]]]]]]]]]]
print(value, nested_list)
print(nested_list[0][0][0][0][0][0][0][0][0][0])
calls = str(len(str(abs(int(float(str(-(((3))))))))))
print(calls)
lam = (lambda a: (lambda b: (lambda c: (lambda d: a + b + c + d))))
print(lam(1)(2)(3)(4))
cond = 1 if 0 else 2 if 0 else 3 if 0 else 4 if 0 else 5 if 0 else 6
print(cond)
d = {"a": {"b": {"c": {"d": {"e": [{"f": ("g", ("h", ["i"]))}]}}}}}
print(d["a"]["b"]["c"]["d"]["e"][0]["f"][1][1][0])
mixed = [({1: [(2, {3: [4, (5, [6, {7: 8}])]})]},)]
print(mixed[0][0][1][0][1][3][1][1][1][7])
expr = (1 + (2 * (3 - (4 / (5 + (6 * (7 - (8 + (9 - 10)))))))))
print(expr)
print(not not not not not not False, - - - - - - 1, ~~~~~~0)
