# Unhandled parts of a group leave an except* block with the original traceback.
def tasks():
    raise ExceptionGroup("tasks", [ValueError("bad value"), TypeError("bad type"), OSError("io")])

try:
    tasks()
except* ValueError as g:
    print("handled", g.exceptions)
