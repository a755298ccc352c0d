# repr of Instruction and Positions named tuples, and their tuple behaviour.
import dis

def f(x):
    return x + 1

instructions = list(dis.get_instructions(f))
for ins in instructions:
    print(ins)
ins = instructions[2]
print(ins.positions, ins.positions.lineno, ins.positions.end_col_offset)
print(ins[0], len(ins), ins._fields)
print(ins._replace(opname='X').opname, type(ins).__name__)
print(dis.Positions(1, 2), dis.Positions())
