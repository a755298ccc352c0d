counter = 0

def increment():
    counter += 1
    return counter

def safe_increment():
    global counter
    counter += 1
    return counter

print(safe_increment())
print(safe_increment())
print("now the broken one")
increment()
