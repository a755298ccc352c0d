# An uncaught ExceptionGroup prints a box per sub-exception.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is empty"))
    if record.get("age", 0) < 0:
        errors.append(ValueError("age is negative"))
    if errors:
        raise ExceptionGroup("invalid record", errors)

validate({"name": "ok", "age": 3})
validate({"name": "", "age": -1})
