def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"

def finally_runs_on_return():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

def nested_finally():
    out = []
    try:
        try:
            out.append("inner")
            return out
        finally:
            out.append("inner-finally")
    finally:
        out.append("outer-finally")

def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2

print(ret_in_finally())
print(finally_runs_on_return())
print(finally_swallows())
print(loop_control())
print(nested_finally())
print(value_at_return())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("finally n =", n)
    return n
print(while_finally())
