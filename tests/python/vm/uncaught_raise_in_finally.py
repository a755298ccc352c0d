def cleanup():
    raise OSError("cleanup failed")

def work():
    try:
        print("working")
        return 1 / 0
    finally:
        cleanup()

try:
    work()
except OSError as e:
    print("caught", e, "context", repr(e.__context__))
work()
