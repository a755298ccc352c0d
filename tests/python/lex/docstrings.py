"""Docstrings in modules, classes, functions and methods."""


class Account:
    '''A bank account.

    Holds a balance in cents.
    '''

    def deposit(self, cents):
        """Add *cents* to the balance and return the new balance."""
        self.balance = getattr(self, "balance", 0) + cents
        return self.balance


def undocumented():
    pass


def raw_doc():
    r"""A raw docstring with a \backslash."""


print(__doc__)
print(Account.__doc__)
print(Account.deposit.__doc__)
print(undocumented.__doc__, raw_doc.__doc__)
print(Account().deposit(250))
