import dis

def const_return():
    return 42

def unpack(pair):
    a, b = pair
    return b, a

def compare(x, y):
    return x < y and y < 10

def attribute(obj):
    obj.count += 1
    return obj.count

def call_builtin(seq):
    return len(seq) + 1

dis.dis(const_return)
dis.dis(unpack)
dis.dis(compare)
dis.dis(attribute)
dis.dis(call_builtin)
dis.show_code(unpack)
