# return/break/continue inside finally discard a pending exception; finally can replace return values.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())

def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())

def order(log):
    try:
        log.append("try")
        return log.append("return expr") or "value"
    finally:
        log.append("finally")
log = []
print(order(log), log)

def loop_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(loop_break())

def loop_continue():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("skip")
            seen.append(i)
        finally:
            continue
    return seen
print(loop_continue())

def replace():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    replace()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)

def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())

def mutable_return():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutable_return())
