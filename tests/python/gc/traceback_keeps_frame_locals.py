# A traceback keeps the frames it passed through, and their locals, alive; breaking the
# exception -> traceback -> frame -> local cycle is the collector's job.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def deep(level):
    marker = Noisy(f"level {level}")
    if level == 0:
        raise ValueError("bottom")
    deep(level - 1)


try:
    deep(2)
except ValueError as e:
    kept = e
print("handler done")
names = []
tb = kept.__traceback__
while tb is not None:
    frame = tb.tb_frame
    names.append((frame.f_code.co_name, sorted(frame.f_locals) if frame.f_code.co_name != "<module>" else "..."))
    tb = tb.tb_next
print(names)
del kept, tb, frame
print("dropped the exception")


def self_cycle():
    holder = Noisy("in a cycle")
    try:
        raise KeyError("k")
    except KeyError as err:
        saved = err
    return None


gc.disable()
self_cycle()
print("returned")
print(gc.collect() > 0)
gc.enable()
print("end")
