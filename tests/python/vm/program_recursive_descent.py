def parse(text):
    tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr():
        value = term()
        while peek() in ("+", "-"):
            value = value + term() if take() == "+" else value - term()
        return value

    def term():
        value = factor()
        while peek() in ("*", "/"):
            value = value * factor() if take() == "*" else value / factor()
        return value

    def factor():
        tok = take()
        if tok == "(":
            value = expr()
            if take() != ")":
                raise SyntaxError("expected )")
            return value
        if tok == "-":
            return -factor()
        return int(tok)

    result = expr()
    if peek() is not None:
        raise SyntaxError(f"unexpected {peek()!r}")
    return result

for text in ("1 + 2 * 3", "(1 + 2) * 3", "- 4 + 10 / 4", "2 * (3 + (4 - 1)) * 2", "1 + ) 2"):
    try:
        print(text, "=", parse(text))
    except (SyntaxError, ValueError) as e:
        print(text, "->", type(e).__name__, e)
