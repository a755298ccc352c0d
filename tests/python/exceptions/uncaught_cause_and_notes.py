# The cause's traceback comes first, then 'The above exception was the direct
# cause...', then the ParseError with its note.
class ParseError(Exception):
    pass

def parse(text):
    try:
        return float(text)
    except ValueError as e:
        err = ParseError(f"cannot parse {text!r}")
        err.add_note("expected a decimal number")
        raise err from e

print(parse("1.5"))
print(parse("2e3"))
parse("one point five")
