# dis.Bytecode: iteration, dis() as text, info(), first_line, current_offset.
import dis

def f(a, b):
    c = a * b
    return c - 1

bc = dis.Bytecode(f)
print([i.opname for i in bc])
print(bc.dis(), end='')
print(bc.info())
print(bc.first_line == f.__code__.co_firstlineno)
print(dis.Bytecode(f, first_line=1).dis(), end='')
print(dis.Bytecode(f, current_offset=6).dis(), end='')
print(repr(dis.Bytecode("1 + 1")))
