# raise ... from None hides the context.
def to_number(text):
    try:
        return float(text)
    except ValueError:
        raise TypeError(f"expected a number, got {text!r}") from None

print(to_number("2.5"))
to_number("abc")
