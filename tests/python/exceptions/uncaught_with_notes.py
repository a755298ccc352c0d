# The notes added before re-raising are printed after the exception line.
def load(record):
    try:
        return int(record["qty"])
    except (KeyError, ValueError) as e:
        e.add_note(f"record: {record!r}")
        e.add_note("hint: qty must be an integer")
        raise

print(load({"qty": "3"}))
try:
    load({})
except KeyError as e:
    print("notes seen by handler:", e.__notes__)
load({"qty": "three"})
