# An exception caught and kept in a local makes a cycle through its traceback's frame.
import gc
gc.disable()
gc.collect()
class Witness:
    def __del__(self):
        print("witness freed")
def keep_error():
    w = Witness()
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return None
keep_error()
print("after call")
print(gc.collect() > 0)
print("end")
gc.enable()
