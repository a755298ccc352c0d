class StopProcessing(BaseException):
    pass

def process(items):
    for i, item in enumerate(items):
        if item == "stop":
            raise StopProcessing(f"stopped at {i}")
        print("processed", item)

try:
    process(["a", "b"])
except Exception:
    print("not reached")
try:
    process(["c", "stop"])
except Exception:
    print("Exception does not catch BaseException subclasses")
except BaseException as e:
    print("caught via BaseException:", e)
process(["d", "stop", "e"])
