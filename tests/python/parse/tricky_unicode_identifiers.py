# Non-ASCII identifiers, including ones NFKC normalises to another spelling (ﬁ → fi,
# ℌ → H, full-width letters), so that two spellings name the same variable.
café = "coffee"
naïve = True
π = 3.14159
Δx = 0.5
данные = [1, 2, 3]
名前 = "name"
print(café, naïve, π, Δx, данные, 名前)
ﬁle = "ligature fi"
print(file)
ℌ = "double-struck H"
print(H)
ｗｉｄｅ = "full-width letters"
print(wide)


def größe(wert):
    return len(wert)


class Über:
    straße = "street"


print(größe("abc"), Über.straße, Über().straße, getattr(Über, "straße"))
print(sorted(k for k in globals() if not k.isascii()))
