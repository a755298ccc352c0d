# locals() in a function: one dict per frame, refreshed at each call (CPython 3.11).
def same_dict():
    first = locals()
    value = 1
    second = locals()
    return first is second, sorted(first), "value" in first


print(same_dict())


def refreshed():
    a = 1
    snapshot = locals()
    a = 2
    del_me = 3
    before = dict(snapshot)
    del del_me
    locals()
    return before, snapshot


before, after = refreshed()
print(sorted(before.items(), key=str), sorted(after, key=str))


def exec_writes():
    exec("made_by_exec = 42")
    here = locals()
    return here.get("made_by_exec"), "made_by_exec" in locals()


print(exec_writes())


def cells():
    x = 1

    def show():
        return x

    return sorted(locals()), show()


print(cells())


class Body:
    a = 1
    snapshot = locals()
    b = 2
    print(sorted(snapshot), snapshot is locals())


print(locals() is globals(), vars() is globals())
