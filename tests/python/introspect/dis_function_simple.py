# dis.dis of simple functions: arithmetic, calls, attributes, globals.
import dis

def add(a, b):
    return a + b

def call(x):
    print(len(x), x.upper())
    return abs(-x.count('a'))

def compare(a, b):
    return a < b, a is not b, a in b

dis.dis(add)
dis.dis(call)
dis.dis(compare)
