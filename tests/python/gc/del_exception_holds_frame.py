# A caught exception keeps its traceback's frames (and their locals) alive until the name is cleared.
class Tracer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fails():
    local = Tracer("frame local")
    raise ValueError("boom")

try:
    fails()
except ValueError as e:
    print("in handler")
print("after handler")

saved = None
try:
    fails()
except ValueError as e:
    saved = e
print("exception saved")
saved = None
print("saved cleared")
