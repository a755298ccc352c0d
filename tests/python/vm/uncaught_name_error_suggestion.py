def compute_total(prices):
    total = 0
    for price in prices:
        total += price
    return total

items = [1.5, 2.25, 3.0]
print("computing")
print(compute_total(items))

def report(values):
    subtotal = compute_total(values)
    print("subtotal", subtotal)
    return subtotl * 2

print("about to fail")
report(items)
print("never printed")
