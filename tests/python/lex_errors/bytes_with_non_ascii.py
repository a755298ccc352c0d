# Bytes literals can only contain ASCII characters.
data = b"café"
print(data)
