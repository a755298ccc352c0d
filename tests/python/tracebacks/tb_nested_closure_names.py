# Nested functions appear under their own names (co_name), not qualified names.
def make_counter(limit):
    count = 0
    def step():
        nonlocal count
        count += 1
        if count > limit:
            raise OverflowError(f"counter passed {limit}")
        return count
    return step

step = make_counter(2)
print(step(), step())
step()
