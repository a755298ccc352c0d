def greet(name, greeting):
    return f"{greeting}, {name}"

try:
    greet()
except TypeError as e:
    print("caught:", e)
print(greet("ann", "hi"))
print(greet(greeting="hello", name="bob"))

def wrapper(*args):
    return greet(*args)

print(wrapper("cy", "hey"))
print(wrapper("dee"))
