# Objects in cycles that globals reach are finalized at exit too.
class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)
n = Node("cyclic")
m = Node("second")
print("end")
