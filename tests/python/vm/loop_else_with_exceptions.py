def search(items, target):
    for i, item in enumerate(items):
        try:
            if item == target:
                break
        except Exception:
            pass
    else:
        return "not found"
    return f"found at {i}"

print(search([1, 2, 3], 2), search([1, 2, 3], 9), search([], 1))

def first_int(strings):
    for s in strings:
        try:
            value = int(s)
        except ValueError:
            continue
        else:
            break
    else:
        value = None
    return value
print(first_int(["a", "b", "42", "7"]), first_int(["x"]))

def loop_raise():
    try:
        for i in range(3):
            if i == 1:
                raise StopIteration("manual")
        else:
            return "else"
    except StopIteration as e:
        return f"escaped loop: {e}"
print(loop_raise())
n = 0
while n < 3:
    n += 1
else:
    print("while else after normal exit", n)
