# and / or / not: short-circuiting, returning operands rather than booleans, and
# chains that parse as one BoolOp with many values versus nested ones.
def tell(label, value):
    print("  eval", label, "->", repr(value))
    return value


print(0 or "" or [] or "last")
print(1 and "two" and [3])
print(None or 0, "" and 1, [] or {} or ())
print(tell("a", 0) and tell("skipped", 1))
print(tell("b", 1) or tell("skipped", 2))
print(tell("c", 0) or tell("d", "") or tell("e", "found"))
print((tell("f", 1) or tell("g", 0)) and tell("h", 2))
print(tell("i", 1) or (tell("j", 0) and tell("k", 2)))
print(not tell("l", ""), not (1 and 0) or not 1)
x = 7
print(x > 5 and x < 10, x > 5 and x < 6 or x == 7, x and not x, not x or x)
name = ""
print(name or "anonymous", len(name or "abc"))
