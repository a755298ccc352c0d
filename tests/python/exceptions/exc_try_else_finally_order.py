# The order of try/except/else/finally, with return and exceptions at each stage.
def run(raise_in_try, raise_in_else):
    log = []
    try:
        try:
            log.append("try")
            if raise_in_try:
                raise ValueError("try")
        except ValueError:
            log.append("except")
        else:
            log.append("else")
            if raise_in_else:
                raise KeyError("else")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer caught else")
    return log
for a in (False, True):
    for b in (False, True):
        print(a, b, run(a, b))
def return_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally before else's return")
print(return_in_else())
def else_not_protected():
    try:
        try:
            x = 1
        except ZeroDivisionError:
            return "inner handler"
        else:
            return 1 / 0
    except ZeroDivisionError:
        return "outer handler"
print(else_not_protected())
def loop_else():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    else:
        out.append("loop else")
    return out
print(loop_else())
