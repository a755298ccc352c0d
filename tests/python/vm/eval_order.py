log = []
def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value

def f(*args, **kwargs):
    return args, kwargs

f(t("a"), t("b"), k=t("c"), *[t("d")], **{"e": t("e")})
print("call args:", log)
log.clear()

d = {t("k1"): t("v1"), t("k2"): t("v2")}
print("dict display:", log)
log.clear()

x = [0, 0]
x[t("index", 0)] = t("value", 5)
print("subscript assignment:", log, x)
log.clear()

t("left", 1) + t("right", 2) * t("third", 3)
print("binary ops:", log)
log.clear()

a = t("rhs1", 1), t("rhs2", 2)
print("tuple:", log)
log.clear()

class O:
    pass
o = O()
o.attr = 1
t("target", o).attr += t("inc", 10)
print("augmented attribute:", log, o.attr)
log.clear()
print(t("first", 0) or t("second", 0) or t("third", 7), log)
