# A currency sign is not an operator.
price = 5€
print(price)
