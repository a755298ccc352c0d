# return with no value, one value, a tuple, a starred tuple and expressions of many kinds.
def nothing():
    return


def implicit():
    pass


def single():
    return 1


def pair():
    return 1, 2


def starred(rest):
    return 0, *rest, 99


def parenthesised():
    return (3)


def expression(x):
    return x * 2 if x > 0 else -x


def early(values):
    for v in values:
        if v < 0:
            return v
    return None


def returns_function():
    return lambda y: y + 1


print(nothing(), implicit(), single(), pair(), starred([1, 2]), parenthesised())
print(expression(4), expression(-4), early([1, -2, -3]), early([]))
print(returns_function()(41))
