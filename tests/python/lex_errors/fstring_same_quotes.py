# In Python 3.11 an f-string cannot reuse its own quote inside a field.
user = {"name": "ada"}
print(f"{user["name"]}")
