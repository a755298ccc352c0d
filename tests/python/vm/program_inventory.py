inventory = {}

def add(item, qty, price):
    name = item.lower()
    if name in inventory:
        old_qty, old_price = inventory[name]
        total = old_qty * old_price + qty * price
        qty += old_qty
        price = total / qty
    inventory[name] = (qty, price)

def remove(item, qty):
    name = item.lower()
    have, price = inventory.get(name, (0, 0))
    if qty > have:
        raise ValueError(f"only {have} {name} in stock")
    if qty == have:
        del inventory[name]
    else:
        inventory[name] = (have - qty, price)

add("Apple", 10, 0.5)
add("pear", 4, 0.75)
add("APPLE", 10, 0.7)
remove("pear", 4)
try:
    remove("apple", 100)
except ValueError as e:
    print("error:", e)
for name, (qty, price) in sorted(inventory.items()):
    print(f"{name:<6}{qty:>4} @ {price:.3f} = {qty * price:8.2f}")
print("value", round(sum(q * p for q, p in inventory.values()), 2))
