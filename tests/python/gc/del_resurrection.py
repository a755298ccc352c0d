import gc

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ of", self.name)
        saved.append(self)

p = Phoenix("bird")
del p
print("resurrected:", [x.name for x in saved])
saved.clear()
print("cleared the list: __del__ does not run a second time")
gc.collect()
print("end of program")
