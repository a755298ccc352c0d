# A bank ledger: classes with properties, custom exceptions, class methods, a transfer
# with rollback, and a formatted statement.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.shortfall = amount - account.balance


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    @classmethod
    def joint(cls, *owners, balance=0):
        return cls(" & ".join(owners), balance)

    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except ValueError:
        src._balance += amount
        src.history.append(("rollback", amount))
        raise


alice, bob = Account("alice", 100), Account("bob")
joint = Account.joint("carol", "dave", balance=50)
transfer(alice, bob, 30)
for src, dst, amount in ((bob, alice, 50), (joint, bob, 0), (alice, joint, 70)):
    try:
        transfer(src, dst, amount)
    except InsufficientFunds as err:
        print("refused:", err, "| short by", err.shortfall)
    except ValueError as err:
        print("refused:", err)
for account in (alice, bob, joint):
    print(account)
    for kind, amount in account.history:
        print(f"    {kind:<9}{amount:>6}")
