def rpn(expression):
    stack = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "^": lambda a, b: a ** b,
    }
    for token in expression.split():
        if token in ops:
            try:
                b, a = stack.pop(), stack.pop()
            except IndexError:
                raise ValueError(f"not enough operands for {token!r}") from None
            stack.append(ops[token](a, b))
        else:
            stack.append(int(token) if token.lstrip("-").isdigit() else float(token))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack = {stack}")
    return stack[0]

for expr in ("3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 /", "1.5 2 *", "-3 2 *", "1 +", "1 2", "4 0 /"):
    try:
        print(f"{expr!r} = {rpn(expr)!r}")
    except (ValueError, ZeroDivisionError) as e:
        print(f"{expr!r} error: {type(e).__name__}: {e}")
