# Exceptions: raise signals an error; the nearest matching except clause
# handles it; else runs when nothing was raised; finally always runs.

class InsufficientFunds(Exception):
    """Raised when an account would go below zero."""


def withdraw(balance, amount):
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount


for amount in (30, 500, -5):
    try:
        new_balance = withdraw(100, amount)
    except InsufficientFunds as err:
        print(f"withdraw {amount}: refused ({err})")
    except ValueError as err:
        print(f"withdraw {amount}: invalid ({err})")
    else:
        print(f"withdraw {amount}: ok, {new_balance} left")
    finally:
        print("  (transaction logged)")

# Exceptions travel up the call stack until something catches them.
def level3():
    return {}["missing key"]


def level2():
    return level3()


def level1():
    try:
        return level2()
    except KeyError as err:
        # raise ... from ... chains the original error as the cause.
        raise LookupError("level1 could not find it") from err


try:
    level1()
except LookupError as err:
    print(type(err).__name__, err, "<- caused by", repr(err.__cause__))
