# Identifiers are normalised with NFKC: the ligature "ﬁ" (U+FB01) in ﬁle is
# the same name as "file", and other compatibility characters fold too.
ﬁle = "one name"
print(file)
file = "rebound through the plain spelling"
print(ﬁle)
ℌ = 10           # U+210C BLACK-LETTER CAPITAL H folds to H
print(H + 1)
ｗｉｄｔｈ = 7   # fullwidth letters fold to ASCII
print(width * 2)
µ = "micro sign U+00B5 folds to greek mu U+03BC"
print(μ)
print(sorted(name for name in globals() if not name.startswith("__")))
