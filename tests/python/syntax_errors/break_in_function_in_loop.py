# A break inside a function defined inside a loop is still outside a loop.
for i in range(3):
    def inner():
        break
