def task(n):
    if n % 3 == 0:
        raise ValueError(f"task {n}: bad value")
    if n % 3 == 1:
        raise TypeError(f"task {n}: bad type")
    return n

def run_all(ns):
    errors, results = [], []
    for n in ns:
        try:
            results.append(task(n))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", [ExceptionGroup("first batch", errors[:2]), *errors[2:]])
    return results

print(run_all([2, 5, 8]))
run_all([0, 1, 2, 3])
