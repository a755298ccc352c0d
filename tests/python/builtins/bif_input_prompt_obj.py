# builtins: input prompt obj (Glasspy conformance test)
class P:
    def __str__(self):
        return "custom prompt: "
try:
    input(P())
except EOFError as e:
    print()
    print("EOFError", e)
try:
    input(123)
except EOFError:
    print()
    print("EOF after numeric prompt")
