# An interpreter for a tiny tape language (+ - < > [ ] . ,) with precomputed jump
# tables, a step limit, and programs that print text and compute numbers.
def run(program, data="", limit=100_000):
    code = [c for c in program if c in "+-<>[].,"]
    jumps, stack = {}, []
    for pc, c in enumerate(code):
        if c == "[":
            stack.append(pc)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {pc}")
            start = stack.pop()
            jumps[start], jumps[pc] = pc, start
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape, ptr, pc, out, inp, steps = [0] * 64, 0, 0, [], iter(data), 0
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        match code[pc]:
            case "+": tape[ptr] = (tape[ptr] + 1) % 256
            case "-": tape[ptr] = (tape[ptr] - 1) % 256
            case ">": ptr += 1
            case "<": ptr -= 1
            case ".": out.append(chr(tape[ptr]))
            case ",": tape[ptr] = ord(next(inp, "\0"))
            case "[" if tape[ptr] == 0: pc = jumps[pc]
            case "]" if tape[ptr] != 0: pc = jumps[pc]
        pc += 1
    return "".join(out), steps


hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+."
print(repr(run(hello)))
print(run(",[.,]", "echo"))
print(run(",>,[<+>-]<" + "." , "\x05\x07")[0].encode())
for bad in ("[[]", "]", "+[]"):
    try:
        run(bad, limit=1000)
    except (SyntaxError, RuntimeError) as err:
        print(type(err).__name__, err)
