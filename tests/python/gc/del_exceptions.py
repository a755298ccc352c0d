class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def raises():
    x = Loud(1)
    raise ValueError("boom")

try:
    raises()
except ValueError as e:
    print("handler sees", e)
print("after handler: the traceback (and the frame holding x) is released")

def keeps_reference():
    y = Loud(3)
    try:
        raise KeyError("k")
    except KeyError as err:
        saved = err
    return saved

err = keeps_reference()
print("the saved exception's traceback keeps the frame (and y) alive")
err = None
print("dropped it: exception -> traceback -> frame -> 'saved' is a cycle")
import gc
print("the collector frees it:", gc.collect() > 0)

def returns_obj():
    return Loud(2)
returns_obj()
print("end")
