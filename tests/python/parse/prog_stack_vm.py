# A tiny stack-based virtual machine: an assembler from text with labels, instructions
# dispatched through match, and programs computing a factorial and a gcd.
def assemble(source):
    program, labels = [], {}
    for line in source.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op, *[int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, *[labels.get(a, a) for a in args]) for op, *args in program]


BINARY = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
          "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b)}


def execute(program, trace=False):
    stack, env, pc, steps = [], {}, 0, 0
    while pc < len(program):
        instr = program[pc]
        pc += 1
        steps += 1
        match instr:
            case ("push", value):
                stack.append(value)
            case ("load", name):
                stack.append(env[name])
            case ("store", name):
                env[name] = stack.pop()
            case (("add" | "sub" | "mul" | "mod" | "lt") as op,):
                b, a = stack.pop(), stack.pop()
                stack.append(BINARY[op](a, b))
            case ("jump", target):
                pc = target
            case ("jz", target):
                if stack.pop() == 0:
                    pc = target
            case ("print",):
                print("  out:", stack.pop())
            case ("halt",):
                break
            case other:
                raise ValueError(f"bad instruction {other}")
    return env, steps


FACTORIAL = """
    push 10
    store n
    push 1
    store acc
loop:
    push 0
    load n
    lt          ; 0 < n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jump loop
done:
    load acc
    print
    halt
"""
GCD = """
    push 1071
    store a
    push 462
    store b
top:
    push 0
    load b
    lt
    jz end
    load a
    load b
    mod
    load b
    store a
    store b
    jump top
end:
    load a
    print
"""
for name, src in (("factorial", FACTORIAL), ("gcd", GCD)):
    program = assemble(src)
    env, steps = execute(program)
    print(name, len(program), "instructions,", steps, "steps,", env)
try:
    execute([("push", 1), ("frobnicate",)])
except ValueError as err:
    print("ValueError:", err)
