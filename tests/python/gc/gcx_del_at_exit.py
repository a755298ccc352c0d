# At exit the main module's globals are cleared: names starting with one underscore first,
# then the others in the order they were defined.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
alpha = Noisy("alpha")
_hidden = Noisy("_hidden")
beta = Noisy("beta")
__dunder = Noisy("__dunder")
gamma = Noisy("gamma")
print("end of program")
