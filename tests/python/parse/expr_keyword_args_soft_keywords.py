# Keyword arguments named like soft keywords and builtins (match, case, _, type) in
# calls, definitions, lambdas and dict(...), plus attributes with those names.
def configure(match=None, case=None, _=None, type=None, print=None):
    return {"match": match, "case": case, "_": _, "type": type, "print": print}


print(configure(match="m", case="c", _="u", type="t"))
print(configure(**{"match": 1}), configure(case=2)["case"])
cmd = lambda match, case=0: match * 10 + case
print(cmd(match=4, case=2), cmd(3))
print(dict(match=1, case=2, _=3))


class Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)


ns = Namespace(match="first", case="second", _="third")
print(ns.match, ns.case, ns._)
ns.match = ns.case
print(ns.match)
