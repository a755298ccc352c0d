def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_account(100)
dep(50)
wd(30)
try:
    wd(1000)
except ValueError as e:
    print(e)
print(rep())

def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = mid()
    f(); f()
    return x
print(outer())

def gen_with_nonlocal():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(3):
        bump()
        yield count
print(list(gen_with_nonlocal()))
