# A reverse-Polish calculator with a dispatch table of lambdas, a stack, error handling
# and match-based token classification.
import math

OPERATORS = {
    "+": (2, lambda a, b: a + b),
    "-": (2, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "^": (2, lambda a, b: a ** b),
    "neg": (1, lambda a: -a),
    "sqrt": (1, math.sqrt),
    "dup": (1, lambda a: (a, a)),
}


def evaluate(expression):
    stack = []
    for token in expression.split():
        match token:
            case "swap":
                stack[-2:] = stack[:-3:-1]
            case op if op in OPERATORS:
                arity, fn = OPERATORS[op]
                if len(stack) < arity:
                    raise ValueError(f"{op!r} needs {arity} operand(s)")
                args = stack[-arity:]
                del stack[-arity:]
                result = fn(*args)
                stack.extend(result if isinstance(result, tuple) else (result,))
            case _:
                try:
                    stack.append(int(token))
                except ValueError:
                    stack.append(float(token))
    if len(stack) != 1:
        raise ValueError(f"leftover stack {stack}")
    return stack[0]


for expr in ("3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ neg", "9 sqrt", "1.5 dup *",
             "1 2 swap -", "4 0 /", "+", "1 2", "2 x +"):
    try:
        print(f"{expr:<22} = {evaluate(expr)}")
    except (ValueError, ZeroDivisionError) as err:
        print(f"{expr:<22} ! {type(err).__name__}: {err}")
