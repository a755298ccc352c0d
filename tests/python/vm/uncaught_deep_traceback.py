def level_a(n):
    return level_b(n + 1)

def level_b(n):
    return level_c(n * 2)

def level_c(n):
    values = {2: "two", 4: "four"}
    return values[n]

def run(start):
    print("running with", start)
    return level_a(start)

print(run(0))
print(run(1))
print(run(5))
