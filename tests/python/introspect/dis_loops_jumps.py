# Jumps and jump targets (>>) in loops and conditionals.
import dis

def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    while total > 10:
        total -= 3
        if total == 5:
            break
    else:
        total = -1
    return total if total else None

dis.dis(loops)
