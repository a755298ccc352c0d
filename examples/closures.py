# Closures: an inner function remembers the variables of the function that
# created it, even after that function has returned.

def make_multiplier(factor):
    def multiply(x):
        return x * factor      # `factor` lives in a cell shared with the outer call
    return multiply


double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
print("free variables:", double.__code__.co_freevars,
      "cell contents:", double.__closure__[0].cell_contents)


# nonlocal lets the inner function rebind the captured variable.
def make_counter():
    count = 0

    def tick():
        nonlocal count
        count += 1
        return count
    return tick


tick = make_counter()
print(tick(), tick(), tick())

# A classic surprise: closures capture variables, not values.
late = [lambda: i for i in range(3)]
print([f() for f in late])          # all see the final i
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])         # a default argument captures the value now
