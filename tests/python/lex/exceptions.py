# try/except/else/finally, raise from, custom exceptions and tracebacks as text.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def parse_age(text):
    try:
        age = int(text)
    except ValueError as exc:
        raise ValidationError("age", f"not a number: {text!r}") from exc
    else:
        if age < 0:
            raise ValidationError("age", "negative")
        return age
    finally:
        print(f"  checked {text!r}")


for raw in ["42", "-1", "abc"]:
    try:
        print("age", parse_age(raw))
    except ValidationError as err:
        print("error:", err, "| field:", err.field,
              "| cause:", type(err.__cause__).__name__)

try:
    {}["missing"]
except (KeyError, IndexError) as e:
    print("lookup failed:", repr(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", type(e.__context__).__name__)
