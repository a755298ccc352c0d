# match, case and _ as ordinary identifiers in every position where a name can appear,
# next to real match statements that use them as subjects and capture names.
def match(case, _=None):
    return f"match({case!r}, {_!r})"


class case:
    match = "attr"
    _ = "underscore attr"


_ = match
for match_ in range(1):
    pass
print(match(1), match(case=2), _(3, _=4), case.match, case._)
match, case = case, match
print(match.__name__, case.__name__)
match = {"case": [1, 2]}
print(match["case"], match.get("case"))
case = 0
case += 1
match = [case, case]
print(match, case)

match match:
    case [case, *_]:
        print("captured case =", case)

match = "soft"
print(match.upper(), [match for match in "ab"], match)
_ = [_ for _ in range(3)]
print(_)
lambda_match = lambda match, case, _: (match, case, _)
print(lambda_match(1, 2, 3))
print(dict(match=1, case=2))
global_names = [n for n in ("match", "case", "_") if n in globals()]
print(global_names)
