# A string literal that ends with the line.
message = 'hello
print(message)
