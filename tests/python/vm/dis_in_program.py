import dis

def add(a, b):
    return a + b

def branch(x):
    if x > 0:
        return "pos"
    return "other"

def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total

dis.dis(add)
dis.dis(branch)
dis.dis(loop)
print([ins.opname for ins in dis.get_instructions(add)])
print(dis.opname[dis.opmap["LOAD_FAST"]])
print(add.__code__.co_varnames, loop.__code__.co_nlocals)
dis.dis("x = y + 1")
