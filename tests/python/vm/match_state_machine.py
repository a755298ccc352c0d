def run(events):
    state = "idle"
    log = []
    for ev in events:
        match (state, ev):
            case ("idle", "start"):
                state = "running"
            case ("running", "pause"):
                state = "paused"
            case ("paused", "resume"):
                state = "running"
            case ("running" | "paused", "stop"):
                state = "stopped"
            case (_, "reset"):
                state = "idle"
            case (s, e):
                log.append(f"ignored {e!r} in {s}")
                continue
        log.append(state)
    return log

print(run(["start", "pause", "resume", "stop", "start", "reset", "start"]))
print(run(["pause", "start", "start", "stop"]))

def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", a, b):
            return evaluate(a) + evaluate(b)
        case ("mul", a, b):
            return evaluate(a) * evaluate(b)
        case ("neg", a):
            return -evaluate(a)
        case _:
            raise ValueError(f"bad expression {expr!r}")

tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(tree))
try:
    evaluate(("pow", 1, 2))
except ValueError as e:
    print(e)
