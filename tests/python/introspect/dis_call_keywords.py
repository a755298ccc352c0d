# Calls with keyword arguments (KW_NAMES), unpacking and method calls.
import dis

def calls(f, args, kwargs):
    f(1, b=2, c=3)
    f(*args, **kwargs)
    f.method(4, key=5)
    print(*args, sep='')

dis.dis(calls)
for ins in dis.get_instructions(calls):
    if ins.opname == 'KW_NAMES':
        print(ins.arg, repr(ins.argrepr))
