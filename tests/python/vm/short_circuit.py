log = []
def t(v):
    log.append(v)
    return v

print(t(0) and t(1), log)
log.clear()
print(t(1) and t(2), log)
log.clear()
print(t(0) or t(3), log)
log.clear()
print(t(4) or t(5), log)
log.clear()
print(t(1) and t(0) or t(6), log)
log.clear()
print(not t(0) and t(7), log)
log.clear()

print(all(t(x) for x in [1, 0, 2]), log)
log.clear()
print(any(t(x) for x in [0, 3, 4]), log)
log.clear()

class Loud:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Loud({self.v})"
    def __bool__(self):
        log.append(f"bool({self.v})")
        return bool(self.v)

print(Loud(0) or Loud(1) or Loud(2), log)
log.clear()
if Loud(1) and Loud(0):
    pass
print(log)
x = None
print(x is not None and x.attr)
