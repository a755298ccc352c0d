def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError
        if action == "return":
            return log
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for action in ("normal", "raise", "return"):
    print(action, run(action))

def else_raises():
    try:
        pass
    except ZeroDivisionError:
        print("not this handler")
    else:
        1 / 0

try:
    else_raises()
except ZeroDivisionError:
    print("exception from else is not caught by the same try")

for i in range(3):
    try:
        if i == 1:
            continue
    except Exception:
        pass
    else:
        print("else for", i)
