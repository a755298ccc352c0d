class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)

a = Noisy("a")
print("before del a")
del a
print("after del a")

b = Noisy("b")
c = b
del b
print("b deleted but c still refers")
c = None
print("after c = None")

def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("after scope")

lst = [Noisy("in-list")]
lst.pop()
print("after pop (result discarded)")
Noisy("temporary")
print("after temporary expression statement")
d = {"k": Noisy("dict-value")}
d["k"] = 0
print("end")
