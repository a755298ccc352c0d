# Comprehensions and generator expressions compile to nested code objects.
import dis

def comps(data):
    a = [x * 2 for x in data if x]
    b = {k: v for k, v in data}
    c = {x for x in data}
    d = sum(x for x in data)
    return a, b, c, d

dis.dis(comps)
