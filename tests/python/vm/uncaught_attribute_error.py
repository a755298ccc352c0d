# Ends in an uncaught AttributeError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account("ann", 100)
print(acct.deposit(50))
print(acct.owner)
print(acct.balanse)
