import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name

r = Res("proxy-target")
p = weakref.proxy(r)
print(p.name, p.hello())
del r
try:
    p.name
except ReferenceError as e:
    print(type(e).__name__, e)

log = []
obj = Res("fin")
f = weakref.finalize(obj, log.append, "finalizer ran")
print(f.alive, log)
del obj
print(f.alive, log)
f2 = weakref.finalize(Res("tmp"), print, "finalized temporary")
print("after temporary")
