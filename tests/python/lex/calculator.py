# A recursive-descent calculator: tokenises and evaluates arithmetic.
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul,
       "/": operator.truediv, "%": operator.mod, "^": operator.pow}


def tokenize_expr(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
            i = j
        elif ch in OPS or ch in "()":
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek(); self.pos += 1; return tok

    def expr(self):                      # expr := term (('+'|'-') term)*
        value = self.term()
        while self.peek() in ("+", "-"):
            value = OPS[self.take()](value, self.term())
        return value

    def term(self):                      # term := power (('*'|'/'|'%') power)*
        value = self.power()
        while self.peek() in ("*", "/", "%"):
            value = OPS[self.take()](value, self.power())
        return value

    def power(self):                     # power := atom ('^' power)?
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return base ** self.power()
        return base

    def atom(self):                      # atom := number | '(' expr ')' | '-' atom
        tok = self.take()
        if tok == "(":
            value = self.expr()
            assert self.take() == ")", "expected )"
            return value
        if tok == "-":
            return -self.atom()
        return tok


for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "-(7 % 4) * 2", "3 $ 4"]:
    try:
        print(f"{source:>14} = {Parser(tokenize_expr(source)).expr()}")
    except SyntaxError as err:
        print(f"{source:>14} : {err}")
