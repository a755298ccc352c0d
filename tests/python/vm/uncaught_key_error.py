inventory = {"apples": 3, "pears": 0}

def take(name, count):
    available = inventory[name]
    if available < count:
        raise ValueError("not enough " + name)
    inventory[name] = available - count
    return inventory[name]

print(take("apples", 2))
try:
    take("pears", 1)
except ValueError as e:
    print("handled:", e)

print(take("bananas", 1))
