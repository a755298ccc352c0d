# if / elif / else chains, nested ifs, one-line bodies and conditions of many shapes.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n > 100:
        kind = "big even"
    elif n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    return kind


for n in (-5, 0, 4, 7, 200):
    print(n, classify(n))


def grade(score):
    if score >= 90: return "A"
    elif score >= 80: return "B"
    elif score >= 70: return "C"
    else: return "F"


print([grade(s) for s in (95, 85, 75, 10)])

data = {"user": {"name": "ada", "roles": ["admin"]}}
if "user" in data:
    if "admin" in data["user"]["roles"]:
        if not data["user"].get("disabled"):
            print("admin", data["user"]["name"])
    else:
        print("regular user")

if []:
    print("never")
elif ():
    print("never either")
elif {0}:
    print("a non-empty set is true")
