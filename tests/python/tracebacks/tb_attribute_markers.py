# AttributeError on a chained attribute access: markers and the "Did you mean" suggestion.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

class Owner:
    def __init__(self, name):
        self.name = name

acct = Account(Owner("Ada"))
print(acct.owner.name)
print(len(acct.owner.name) + acct.balanse)
