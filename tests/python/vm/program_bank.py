class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.log.append(("wd", amount))

def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except ValueError:
        src.deposit(amount)
        raise

a, b = Account("ann", 100), Account("bob")
transfer(a, b, 40)
for src, dst, amt in ((b, a, 100), (a, b, 0), (a, b, 60)):
    try:
        transfer(src, dst, amt)
        print("ok", amt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(a.balance, b.balance, a.log, b.log)
