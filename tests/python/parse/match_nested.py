# A small expression evaluator written with nested match statements: tuples as syntax
# trees, mappings as environments, class patterns for values.
class Num:
    __match_args__ = ("n",)

    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Num({self.n})"


def evaluate(expr, env):
    match expr:
        case Num(n):
            return n
        case str(name):
            match env:
                case {**bindings} if name in bindings:
                    return bindings[name]
                case _:
                    raise NameError(name)
        case ("neg", operand):
            return -evaluate(operand, env)
        case (("+" | "-" | "*") as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, otherwise):
            return evaluate(then if evaluate(cond, env) else otherwise, env)
        case _:
            raise ValueError(f"bad expression {expr!r}")


program = ("let", "x", Num(6),
           ("let", "y", ("*", "x", Num(7)),
            ("if", ("-", "y", Num(42)), Num(0), ("+", "y", ("neg", "x")))))
print(evaluate(program, {}))
print(evaluate(("*", "a", "a"), {"a": 12}))
for bad in (("let", 1, Num(1), Num(2)), "unbound"):
    try:
        evaluate(bad, {})
    except (ValueError, NameError) as err:
        print(type(err).__name__, err)
