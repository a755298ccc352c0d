def sign(x):
    return "positive" if x > 0 else "negative" if x < 0 else "zero"

print([sign(v) for v in (3, -2, 0)])

calls = []
def t(tag, val):
    calls.append(tag)
    return val

result = t("then", "T") if t("cond", True) else t("else", "E")
print(result, calls)
calls.clear()
result = t("then", "T") if t("cond", 0) else t("else", "E")
print(result, calls)

x = 5
print(x if x else "falsy", [] if [] else "empty was falsy")
print((lambda n: n * 2 if n else -1)(0))
print(1 if True else 1 / 0)

# and / or return operands, not bools
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1/0, None or 0)
print([] and "x", "a" and "b" and "c", 1 or 1/0)
print(not [], not [0], not None)
y = None
label = y is None and "missing" or "present"
print(label)
print(sum(1 if c.isupper() else 0 for c in "HeLLo World"))
