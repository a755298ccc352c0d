# The failing binary operator is marked with ^ and its operands with ~.
def total(prices, extra):
    subtotal = sum(prices)
    return subtotal * 2 + extra - 1

print(total([1, 2], 3))
print(total([1.5], 0.5))
result = total([1, 2], "surcharge")
