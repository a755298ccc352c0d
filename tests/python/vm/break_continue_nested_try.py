def scan(rows):
    found = []
    for r, row in enumerate(rows):
        try:
            for c, v in enumerate(row):
                try:
                    if v is None:
                        continue
                    if v < 0:
                        break
                    found.append((r, c, 10 // v))
                except ZeroDivisionError:
                    found.append((r, c, "div0"))
                    continue
                finally:
                    found.append("f")
        finally:
            found.append("row")
    return found

print(scan([[1, None, 2], [0, -1, 5], [5]]))

def with_in_loop():
    class CM:
        def __enter__(self):
            out.append("enter")
        def __exit__(self, *a):
            out.append("exit")
    out = []
    for i in range(4):
        with CM():
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
print(with_in_loop())
