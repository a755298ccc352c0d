# assert with and without a message, with tuples in parentheses as the message, and
# the AssertionError it raises.
def check(value):
    assert value > 0
    assert isinstance(value, int), "expected an int"
    assert value < 100, f"too big: {value}"
    return value * 2


print(check(21))
for bad in (-1, 2.5, 500):
    try:
        check(bad)
    except AssertionError as err:
        print(type(err).__name__, repr(err.args))

try:
    assert 1 == 2, ("a", "tuple", "message")
except AssertionError as err:
    print(err.args[0])

try:
    assert [], "empty list is false"
except AssertionError as err:
    print(err)

assert True
assert "non-empty"
assert (lambda: 1)()
print("done")
