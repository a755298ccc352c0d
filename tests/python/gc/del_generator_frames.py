class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def gen():
    r = Res("held by generator frame")
    yield 1
    yield 2

g = gen()
print(next(g))
print("generator suspended, resource alive")
g.close()
print("after close")

g2 = gen()
next(g2)
g2 = None
print("after dropping a suspended generator")

def finished():
    r = Res("finished generator")
    yield r.name
print(list(finished()))
print("end")
