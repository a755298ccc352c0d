counter_value = 10
print("start")

def bump():
    global counter_value
    counter_value += 1
    return counter_value

print(bump())
print(bump())

def show():
    print("value is", counter_valu)

show()
print("not reached")
