# UnboundLocalError for a local assigned later in the function.
total = 5

def add(amount):
    total = total + amount
    return total

add(1)
