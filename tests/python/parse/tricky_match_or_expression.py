# Lines starting with "match" that are expression statements or assignments rather than
# match statements, decided only by what follows (PEG backtracking).
class Matcher:
    def __init__(self):
        self.log = []

    def __call__(self, *args):
        self.log.append(("call", args))
        return self

    def __getitem__(self, key):
        self.log.append(("item", key))
        return self

    def __mul__(self, other):
        self.log.append(("mul", other))
        return self

    def __neg__(self):
        self.log.append(("neg",))
        return self


match = Matcher()
match(1, 2)
match[3]
match [4, 5]
match * 6
-match
match (7)
match[8:9]
match.log.append(("direct", 10))
print(match.log)
match = [1, 2, 3]
match [0] = 100
print(match)
match [0]:
    case 100:
        print("never: the subject is not match[0]")
    case [0]:
        print("the subject of 'match [0]:' is the list [0]")
match (match[1]), match[2]:
    case (2, 3):
        print("tuple subject starting with a parenthesis")
match -1:
    case -1:
        print("negative literal subject")
