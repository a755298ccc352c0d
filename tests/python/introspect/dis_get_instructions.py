# dis.get_instructions: the fields of each Instruction.
import dis

def f(a, *, k=3):
    s = 'text'
    if a:
        return s.upper()
    return a + k

for ins in dis.get_instructions(f):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset,
          ins.starts_line, ins.is_jump_target)
first = next(iter(dis.get_instructions(f, first_line=100)))
print(first.starts_line)
