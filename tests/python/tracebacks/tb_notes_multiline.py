# Notes are printed after the message, each on its own line(s), in the order added.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing {text!r}")
        e.add_note("hint: use digits only\n(and no spaces)")
        raise

print(parse("12"))
parse("1 2")
