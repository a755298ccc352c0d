# A failed assert with a computed message.
def average(values):
    assert values, f"average() of an empty {type(values).__name__}"
    return sum(values) / len(values)

print(average([1, 2, 3]))
average(())
