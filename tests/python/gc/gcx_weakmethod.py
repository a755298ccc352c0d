# WeakMethod: a weak reference to a bound method; its callback runs once when the object dies.
import weakref
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello " + self.name
g = Greeter("you")
events = []
wm = weakref.WeakMethod(g.hello, lambda r: events.append("dead"))
print(wm()(), wm() == g.hello, wm == weakref.WeakMethod(g.hello))
print(weakref.ref(g.hello)() is None)
del g
print(wm(), events)
