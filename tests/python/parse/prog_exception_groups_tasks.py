# Validating a batch of records and reporting every problem at once with nested
# ExceptionGroups, then handling them by type with except* and notes.
class MissingField(Exception):
    pass


class BadValue(ValueError):
    pass


def validate(record):
    problems = []
    for field in ("id", "name", "age"):
        if field not in record:
            problems.append(MissingField(f"{field} is missing"))
    if "age" in record and not (0 <= record["age"] < 150):
        err = BadValue(f"age {record['age']} out of range")
        err.add_note(f"in record {record.get('id', '?')}")
        problems.append(err)
    if problems:
        raise ExceptionGroup(f"record {record.get('id', '?')}", problems)


def validate_all(records):
    groups = []
    for record in records:
        try:
            validate(record)
        except ExceptionGroup as group:
            groups.append(group)
    if groups:
        raise ExceptionGroup("batch failed", groups)


records = [{"id": 1, "name": "a", "age": 30}, {"id": 2, "age": 200}, {"name": "c"},
           {"id": 4, "name": "d", "age": -1}]
try:
    validate_all(records)
except* MissingField as group:
    flat = []

    def collect(g):
        for e in g.exceptions:
            collect(e) if isinstance(e, ExceptionGroup) else flat.append(str(e))
    collect(group)
    print("missing:", flat)
except* BadValue as group:
    for sub in group.exceptions:
        for e in sub.exceptions:
            print("bad:", e, e.__notes__)
print("structure:", [[type(e).__name__ for e in g.exceptions] for g in
                     ExceptionGroup("x", [ExceptionGroup("y", [BadValue(1), MissingField(2)])]).exceptions])
