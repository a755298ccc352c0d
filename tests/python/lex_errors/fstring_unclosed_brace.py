# The replacement field is never closed.
name = "ada"
print(f"hello {name")
