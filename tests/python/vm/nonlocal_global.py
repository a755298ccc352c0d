x = "global x"

def read_global():
    return x

def write_global():
    global x
    x = "changed by write_global"

print(read_global())
write_global()
print(x)

def make_new_global():
    global brand_new
    brand_new = 123

make_new_global()
print(brand_new)

def outer():
    y = 1
    def inner():
        nonlocal y
        y += 10
        def innermost():
            nonlocal y
            y *= 2
        innermost()
    inner()
    return y

print(outer())

def shadow():
    x = "local x"
    def inner():
        global x
        return x
    return inner(), x

print(shadow())

def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5

unbound()
print(issubclass(UnboundLocalError, NameError))
