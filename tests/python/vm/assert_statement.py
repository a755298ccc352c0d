def check(value):
    assert value > 0, f"value must be positive, got {value}"
    return value

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)

try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)

try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)

try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)

assert True, "never evaluated"
calls = []
def msg():
    calls.append(1)
    return "m"
assert 1, msg()
print("message evaluated only on failure:", calls)
print(__debug__)
