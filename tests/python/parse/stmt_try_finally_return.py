# finally blocks that run on return, break and continue, and a finally that overrides.
def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before returning")


def override():
    try:
        return "try value"
    finally:
        return "finally value"


def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("lost")
        finally:
            if i == 1:
                break
    return i


def loop_control():
    out = []
    for i in range(5):
        try:
            if i % 2:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(early_return())
print(override())
print(swallow())
print(loop_control())
