# NameError suggestions for a misspelt local, global and builtin name.
counter = 10

def bump(amount):
    total_amount = amount + counter
    return totl_amount

bump(1)
