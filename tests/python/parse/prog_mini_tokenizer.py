# A hand-written tokenizer and Pratt parser for arithmetic with variables, unary minus,
# right-associative ^, function calls and error messages with columns.
import math

FUNCS = {"max": max, "min": min, "sqrt": math.sqrt, "abs": abs}
BINDING = {"+": 10, "-": 10, "*": 20, "/": 20, "%": 20, "^": 30}


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j]), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j], i))
            i = j
        elif ch in "+-*/%^(),":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at column {i}")
    tokens.append(("end", None, len(src)))
    return tokens


class Parser:
    def __init__(self, src, env):
        self.tokens, self.pos, self.env = tokenize(src), 0, env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok[1] != value:
            raise SyntaxError(f"expected {value!r} at column {tok[2]}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def expr(self, rbp=0):
        left = self.prefix()
        while (tok := self.peek())[0] == "op" and BINDING.get(tok[1], 0) > rbp:
            op = self.take()[1]
            right = self.expr(BINDING[op] - (op == "^"))
            left = {"+": lambda: left + right, "-": lambda: left - right,
                    "*": lambda: left * right, "/": lambda: left / right,
                    "%": lambda: left % right, "^": lambda: left ** right}[op]()
        return left

    def prefix(self):
        kind, value, col = self.take()
        match kind, value:
            case "num", _:
                return value
            case "op", "-":
                return -self.expr(25)
            case "op", "(":
                inner = self.expr()
                self.take(")")
                return inner
            case "name", name if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                return FUNCS[name](*args)
            case "name", name:
                return self.env[name]
        raise SyntaxError(f"unexpected {value!r} at column {col}")


env = {"x": 3, "y": 4}
for src in ("1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "sqrt(x*x + y*y)",
            "max(1, x, y) % 3", "10 / 4 - 0.5", "1 +", "2 * (3", "4 $ 4"):
    try:
        print(f"{src:<18} = {Parser(src, env).expr()}")
    except SyntaxError as err:
        print(f"{src:<18} ! {err}")
