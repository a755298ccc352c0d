# Cells, free variables and nested code objects (Disassembly of <code object ...>).
import dis

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

dis.dis(counter)
print('---')
dis.dis(counter())
