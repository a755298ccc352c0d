# A group member raised while handling another exception: its context is printed inside the box.
def attempt():
    try:
        {}["missing"]
    except KeyError:
        return int("not a number")

errors = []
try:
    attempt()
except ValueError as e:
    errors.append(e)
raise ExceptionGroup("attempts", errors)
