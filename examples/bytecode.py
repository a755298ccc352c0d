# Bytecode: the compiler turns the syntax tree into instructions for a stack
# machine. `dis` shows them: each line is one instruction, with its offset,
# its name and its argument.
import dis


def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


dis.dis(average)

# The code object holds the instructions and the data they refer to.
code = average.__code__
print("local variables:", code.co_varnames)
print("constants:      ", code.co_consts)
print("global names:   ", code.co_names)
print("arguments:      ", code.co_argcount)
print(average([3, 4, 8]))
