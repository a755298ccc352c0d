# Identifiers with underscores: _, __private (name mangling), __dunder__.
class Vault:
    _hint = "protected by convention"
    __secret = "mangled"

    def reveal(self):
        return self.__secret

    def __len__(self):
        return 3


v = Vault()
print(v._hint, v.reveal(), v._Vault__secret, len(v))
print("__secret" in vars(Vault), "_Vault__secret" in vars(Vault))
_ = 1; __ = 2; ___ = 3; _x_ = 4; x_1 = 5; _1 = 6
print(_ + __ + ___ + _x_ + x_1 + _1)
for _ in range(2):
    print(__name__)
