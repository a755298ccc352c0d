# A hand-written JSON encoder and decoder: recursion over dicts, lists and scalars,
# string escaping, indentation, and a recursive-descent parser with error positions.
def encode(value, indent=0, level=0):
    pad = " " * (indent * (level + 1)) if indent else ""
    end = " " * (indent * level) if indent else ""
    nl, sep = ("\n", ",\n") if indent else ("", ", ")
    match value:
        case None:
            return "null"
        case True | False:
            return "true" if value else "false"
        case int() | float():
            return repr(value)
        case str():
            escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            return f'"{escaped}"'
        case dict() if not value:
            return "{}"
        case [] | ():
            return "[]"
        case dict():
            items = (f"{pad}{encode(str(k))}: {encode(v, indent, level + 1)}" for k, v in value.items())
            return "{" + nl + sep.join(items) + nl + end + "}"
        case list() | tuple():
            items = (pad + encode(v, indent, level + 1) for v in value)
            return "[" + nl + sep.join(items) + nl + end + "]"
    raise TypeError(f"cannot encode {type(value).__name__}")


class Parser:
    def __init__(self, text):
        self.text, self.pos = text, 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1

    def parse(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == "{":
            self.pos += 1
            result = {}
            while (self.skip(), self.text[self.pos])[1] != "}":
                key = self.parse()
                self.skip()
                assert self.text[self.pos] == ":", f"expected ':' at {self.pos}"
                self.pos += 1
                result[key] = self.parse()
                self.skip()
                if self.text[self.pos] == ",":
                    self.pos += 1
            self.pos += 1
            return result
        if ch == "[":
            self.pos += 1
            items = []
            while (self.skip(), self.text[self.pos])[1] != "]":
                items.append(self.parse())
                self.skip()
                if self.text[self.pos] == ",":
                    self.pos += 1
            self.pos += 1
            return items
        if ch == '"':
            chars, self.pos = [], self.pos + 1
            while (c := self.text[self.pos]) != '"':
                if c == "\\":
                    self.pos += 1
                    c = {"n": "\n"}.get(self.text[self.pos], self.text[self.pos])
                chars.append(c)
                self.pos += 1
            self.pos += 1
            return "".join(chars)
        for word, value in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return value
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-+.eE0123456789":
            self.pos += 1
        number = self.text[start:self.pos]
        if not number:
            raise ValueError(f"unexpected {ch!r} at {start}")
        return float(number) if any(c in number for c in ".eE") else int(number)


doc = {"name": "glasspy", "version": [0, 1], "tags": ["parser", 'say "hi"'],
       "ok": True, "missing": None, "ratio": 0.25, "nested": {"empty": {}, "list": []}}
compact = encode(doc)
print(compact)
print(encode(doc, indent=2))
print(Parser(compact).parse() == doc)
try:
    Parser('{"a": @}').parse()
except ValueError as err:
    print("ValueError:", err)
