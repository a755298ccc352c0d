def cell_before_assignment():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    value = 42
    return show()

print(cell_before_assignment())

def shared():
    items = []
    def add(x):
        items.append(x)
    def view():
        return list(items)
    return add, view

add, view = shared()
add(1)
add(2)
print(view())

def rebinding():
    x = "first"
    get = lambda: x
    x = "second"
    return get()

print(rebinding())

def del_cell():
    v = 1
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)

del_cell()

def param_cell(a):
    def g():
        return a * 2
    a += 1
    return g()

print(param_cell(5))
c = (lambda: (lambda: 7))()
print(c(), c.__closure__)
