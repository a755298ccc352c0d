#!/usr/bin/env python3
"""Writes the tokenizer benchmark's input: a deterministic, varied Python file.

The same arguments always give the same bytes (a fixed-seed random.Random drives every
choice). The text exercises the whole lexer: functions, classes, decorators, async code,
match statements, strings of every prefix and quote, f-strings with nested fields and format
specs, every number form, all operators, comments, blank lines, nested brackets spanning
lines, backslash continuations, tab-indented blocks and non-ASCII identifiers and text.
It is valid Python 3.11 (compile() accepts it), so the parser and compiler benchmarks can
reuse it later.

    bench/gen-tokenize-input.py [--lines N] [--seed S] [--check] [OUTPUT]   (default stdout)
"""
import argparse
import random
import sys

WORDS = ("alpha beta gamma delta value count total index item key node left right parent "
         "child buffer result data name size width height offset limit state token line "
         "column source target cache entry frame scope depth weight score label").split()
UNICODE_WORDS = ["café", "naïve", "größe", "名前", "δέλτα", "über", "résumé", "число"]
TEXT = ["hello world", "the quick brown fox", "lorem ipsum dolor", "a, b and c",
        "naïve café ☕", "日本語のテキスト", "emoji 🐍 inside", "tab\\there", "x = {1, 2}",
        "100% sure", "path/to/file.py", "quote ' inside", "ÀÉÎÕÜ"]
STRING_PREFIXES = ["", "r", "u", "R", "U", "b", "B", "br", "rb", "bR", "Br", "BR", "rB", "Rb", "RB"]
FSTRING_PREFIXES = ["f", "F", "fr", "rf", "fR", "Fr", "FR", "rF", "Rf", "RF"]
BINARY_OPS = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"]
COMPARE_OPS = ["<", ">", "<=", ">=", "==", "!=", "is", "is not", "in", "not in"]
AUG_OPS = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "<<=", ">>=", "&=", "|=", "^="]


class Generator:
    """Emits top-level blocks until the requested number of lines is reached."""

    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.lines = []
        self.counter = 0

    # --- small pieces -------------------------------------------------------------------

    def name(self):
        self.counter += 1
        r = self.rnd.random()
        if r < 0.05:
            return self.rnd.choice(UNICODE_WORDS) + str(self.counter % 97)
        if r < 0.15:
            return "_" + self.rnd.choice(WORDS) + "_" + str(self.counter % 13)
        if r < 0.25:
            return self.rnd.choice(WORDS).upper()
        return self.rnd.choice(WORDS) + (str(self.counter % 50) if r < 0.6 else "")

    def unique(self):
        """A name never returned before (patterns and parameters must not repeat one)."""
        self.counter += 1
        return f"{self.rnd.choice(WORDS + UNICODE_WORDS)}_{self.counter}"

    def number(self):
        rnd = self.rnd
        kind = rnd.randrange(12)
        if kind == 0:
            return str(rnd.randrange(10))
        if kind == 1:
            return str(rnd.randrange(10**9))
        if kind == 2:
            return f"{rnd.randrange(1, 1000)}_{rnd.randrange(1000):03d}_{rnd.randrange(1000):03d}"
        if kind == 3:
            return rnd.choice(["0x", "0X"]) + format(rnd.randrange(1 << 32), rnd.choice(["x", "X"]))
        if kind == 4:
            return "0x_" + "_".join(format(rnd.randrange(1 << 16), "04x") for _ in range(2))
        if kind == 5:
            return rnd.choice(["0o", "0O"]) + format(rnd.randrange(1 << 20), "o")
        if kind == 6:
            return rnd.choice(["0b", "0B"]) + format(rnd.randrange(1 << 12), "b")
        if kind == 7:
            return f"{rnd.randrange(1000)}.{rnd.randrange(1000)}"
        if kind == 8:
            return rnd.choice([f".{rnd.randrange(100)}", f"{rnd.randrange(100)}.", "0.0", "1_000.000_1"])
        if kind == 9:
            return f"{rnd.randrange(1, 10)}.{rnd.randrange(100)}{rnd.choice('eE')}{rnd.choice(['', '+', '-'])}{rnd.randrange(300)}"
        if kind == 10:
            return rnd.choice([f"{rnd.randrange(100)}j", f"{rnd.randrange(10)}.5J", f"1e{rnd.randrange(10)}j", "0j"])
        return rnd.choice(["0", "00", "0_0", "1_0", "123456789012345678901234567890"])

    def string(self):
        rnd = self.rnd
        prefix = rnd.choice(STRING_PREFIXES)
        raw = "r" in prefix.lower()
        is_bytes = "b" in prefix.lower()
        text = rnd.choice(TEXT)
        if is_bytes:
            text = text.encode("ascii", "replace").decode("ascii").replace("?", "\\x3f")
        quote = rnd.choice(["'", '"'])
        if quote in text:
            text = text.replace(quote, "\\" + quote) if not raw else text.replace(quote, "")
        if not raw and rnd.random() < 0.3:
            text += rnd.choice(["\\n", "\\t", "\\\\", "\\x41", "\\101", "\\0"] +
                               ([] if is_bytes else ["\\u00e9", "\\U0001F600", "\\N{BULLET}"]))
        return f"{prefix}{quote}{text}{quote}"

    def triple_string(self, indent):
        prefix = self.rnd.choice(["", "r", "b", "rb", "u", "f", "R", "Br"])
        quote = self.rnd.choice(["'''", '"""'])
        body = [self.rnd.choice(TEXT).replace("\\t", "") for _ in range(self.rnd.randrange(1, 4))]
        if "b" in prefix.lower():
            body = [b.encode("ascii", "replace").decode("ascii").replace("?", "") for b in body]
        if "f" in prefix.lower():
            body = [b.replace("{", "{{").replace("}", "}}") for b in body]
            body.append("{" + self.name() + "!r:>10}")
        inner = ("\n" + indent).join(body)
        return f"{prefix}{quote}{inner}\n{indent}{quote}"

    def fstring(self, depth=0):
        rnd = self.rnd
        prefix = rnd.choice(FSTRING_PREFIXES)
        quote = rnd.choice(["'", '"'])
        other = '"' if quote == "'" else "'"
        parts = []
        for _ in range(rnd.randrange(1, 4)):
            parts.append(rnd.choice(["value ", "x=", " and ", "{{literal}} ", "é ", "→ ", ""]))
            field = rnd.randrange(8)
            n = self.name()
            if field == 0:
                parts.append("{" + n + "}")
            elif field == 1:
                parts.append("{" + n + "!r}")
            elif field == 2:
                parts.append("{" + n + ":>{width}}")
            elif field == 3:
                parts.append("{" + n + ":.{prec}f}")
            elif field == 4:
                parts.append("{" + n + "=}")
            elif field == 5:
                parts.append("{" + n + "[" + other + "key" + other + "]}")
            elif field == 6:
                parts.append("{" + n + " + " + self.number() + ":08.3f}")
            else:
                parts.append("{" + n + "!s:^{width}.{prec}}")
        return f"{prefix}{quote}{''.join(parts)}{quote}"

    def atom(self):
        r = self.rnd.random()
        if r < 0.35:
            return self.name()
        if r < 0.6:
            return self.number()
        if r < 0.75:
            return self.string()
        if r < 0.82:
            return self.fstring()
        if r < 0.88:
            return self.rnd.choice(["None", "True", "False", "..."])
        if r < 0.94:
            return f"{self.name()}.{self.name()}"
        return f"{self.name()}[{self.number()}]"

    def expr(self, depth=0):
        rnd = self.rnd
        if depth > 2 or rnd.random() < 0.3:
            return self.atom()
        kind = rnd.randrange(10)
        if kind < 3:
            return f"{self.expr(depth + 1)} {rnd.choice(BINARY_OPS)} {self.expr(depth + 1)}"
        if kind == 3:
            op = rnd.choice(COMPARE_OPS)
            if op.startswith("is"):  # `is` with a literal draws a SyntaxWarning
                return f"({self.name()} {op} {self.name()})"
            return f"({self.expr(depth + 1)} {op} {self.expr(depth + 1)})"
        if kind == 4:
            args = ", ".join(self.expr(depth + 1) for _ in range(rnd.randrange(4)))
            kw = f"{self.name()}={self.atom()}" if rnd.random() < 0.3 else ""
            return f"{self.name()}({', '.join(a for a in (args, kw) if a)})"
        if kind == 5:
            items = ", ".join(self.expr(depth + 1) for _ in range(rnd.randrange(1, 4)))
            return rnd.choice(["[{}]", "({},)", "{{{}}}"]).format(items)
        if kind == 6:
            return "{" + ", ".join(f"{self.string()}: {self.expr(depth + 1)}" for _ in range(rnd.randrange(1, 3))) + "}"
        if kind == 7:
            v = self.name()
            return f"[{v} {rnd.choice(BINARY_OPS)} 1 for {v} in {self.name()} if {v}]"
        if kind == 8:
            op = rnd.choice(["-", "+", "~", "not "])
            return f"(not {self.atom()})" if op == "not " else f"{op}{self.atom()}"
        return f"{self.atom()} if {self.atom()} else {self.atom()}"

    # --- statements ---------------------------------------------------------------------

    def emit(self, indent, text):
        self.lines.append(indent + text)

    def simple_statement(self, indent):
        rnd = self.rnd
        kind = rnd.randrange(16)
        if kind < 4:
            self.emit(indent, f"{self.name()} = {self.expr()}")
        elif kind == 4:
            self.emit(indent, f"{self.name()} {rnd.choice(AUG_OPS)} {self.atom()}")
        elif kind == 5:
            self.emit(indent, f"{self.name()}: {rnd.choice(['int', 'str', 'list[int]', 'dict[str, float]'])} = {self.atom()}")
        elif kind == 6:
            self.emit(indent, f"{self.name()}({self.expr()})  # {rnd.choice(TEXT)}")
        elif kind == 7:
            self.emit(indent, f"assert {self.name()} {rnd.choice(BINARY_OPS)} {self.expr()}, {self.string()}")
        elif kind == 8:
            self.emit(indent, f"{self.name()} = {self.name()}; {self.name()} = {self.number()}; pass")
        elif kind == 9:
            self.emit(indent, f"# {rnd.choice(TEXT)}")
            self.emit(indent, f"del {self.name()}, {self.name()}[{self.number()}:{self.atom()}:-1]")
        elif kind == 10:
            # Implicit continuation inside nested brackets.
            self.emit(indent, f"{self.name()} = [")
            for _ in range(rnd.randrange(2, 5)):
                self.emit(indent, f"    ({self.atom()}, {{{self.string()}: [{self.atom()}, ({self.atom()},)]}}),  # item")
            self.emit(indent, "]")
        elif kind == 11:
            self.emit(indent, f"{self.name()} = {self.atom()} + \\")
            self.emit(indent, f"    {self.atom()}")
        elif kind == 12:
            self.emit(indent, f"{self.name()} = {self.triple_string(indent)}")
            # triple_string embeds newlines: split so the line count stays honest.
            last = self.lines.pop()
            self.lines.extend(last.split("\n"))
        elif kind == 13:
            self.emit(indent, f"if ({self.name()} := {self.expr()}) {rnd.choice(COMPARE_OPS[:6])} {self.number()}: {self.name()} = {self.atom()}")
        elif kind == 14:
            self.emit(indent, f"{self.name()} = lambda {self.parameters().replace(': int', '')}: {self.expr()}")
        else:
            self.emit(indent, f"print({self.fstring()}, {self.fstring()}, sep={self.string()})")

    def block(self, indent, budget, in_function, unit="    "):
        """A sequence of statements, some compound, at `indent`; in_function is False, "def"
        or "async" (which statements are legal depends on it)."""
        rnd = self.rnd
        emitted = False
        while budget > 0:
            r = rnd.random()
            inner = indent + unit
            if r < 0.6 or len(indent) > 6 * len(unit):
                self.simple_statement(indent)
                budget -= 1
            elif r < 0.68:
                self.emit(indent, f"if {self.expr()}:")
                self.block(inner, rnd.randrange(1, 4), in_function, unit)
                self.emit(indent, f"elif {self.name()} {rnd.choice(COMPARE_OPS[:6] + COMPARE_OPS[8:])} {self.atom()}:")
                self.block(inner, 1, in_function, unit)
                self.emit(indent, "else:")
                self.block(inner, rnd.randrange(1, 3), in_function, unit)
                budget -= 4
            elif r < 0.74:
                self.emit(indent, f"for {self.name()}, {self.name()} in enumerate({self.name()}):")
                self.block(inner, rnd.randrange(1, 4), in_function, unit)
                budget -= 3
            elif r < 0.78:
                self.emit(indent, f"while {self.name()} {rnd.choice(COMPARE_OPS[:6])} {self.number()}:")
                self.block(inner, rnd.randrange(1, 3), in_function, unit)
                self.emit(inner, rnd.choice(["break", "continue"]))
                budget -= 3
            elif r < 0.84:
                self.emit(indent, "try:")
                self.block(inner, rnd.randrange(1, 3), in_function, unit)
                self.emit(indent, f"except ({self.name()}, ValueError) as {self.name()}:")
                self.emit(inner, f"raise RuntimeError({self.string()}) from None")
                self.emit(indent, "finally:")
                self.block(inner, 1, in_function, unit)
                budget -= 5
            elif r < 0.88:
                self.emit(indent, f"with open({self.string()}) as {self.name()}, {self.name()}() as {self.name()}:")
                self.block(inner, rnd.randrange(1, 3), in_function, unit)
                budget -= 2
            elif r < 0.92:
                self.emit(indent, f"match {self.name()}:")
                self.emit(inner, f"case [{self.number()}, *{self.unique()}] if {self.name()}:")
                self.block(inner + unit, 1, in_function, unit)
                self.emit(inner, f"case {{{self.string()}: {self.unique()}, **{self.unique()}}}:")
                self.block(inner + unit, 1, in_function, unit)
                self.emit(inner, f"case {self.name().capitalize()}(x={self.number()}) | None:")
                self.block(inner + unit, 1, in_function, unit)
                self.emit(inner, "case _:")
                self.emit(inner + unit, "pass")
                budget -= 6
            elif in_function and r < 0.96:
                # An async generator may not `return value` nor `yield from`.
                choices = ([f"return {self.expr()}", f"yield {self.atom()}", f"yield from {self.name()}", "return"]
                           if in_function != "async" else [f"return {self.expr()}", "return"])
                self.emit(indent, rnd.choice(choices))
                budget -= 1
            else:
                self.emit(indent, "")
                budget -= 1
                continue
            emitted = True
        if not emitted:
            self.emit(indent, "pass")

    def parameters(self):
        rnd = self.rnd
        fresh = self.unique
        params = [fresh() for _ in range(rnd.randrange(0, 3))]
        if rnd.random() < 0.4:
            params.append(f"{fresh()}: int = {self.number()}")
        if rnd.random() < 0.3:
            params.append(f"*{fresh()}")
        if rnd.random() < 0.3:
            params.append(f"**{fresh()}")
        return ", ".join(params)

    def decorators(self, indent):
        for _ in range(self.rnd.randrange(0, 3)):
            self.emit(indent, self.rnd.choice(["@property", "@staticmethod", f"@{self.name()}",
                                                f"@{self.name()}.{self.name()}({self.atom()})",
                                                "@functools.lru_cache(maxsize=128)"]))

    def function(self, indent, method=False):
        rnd = self.rnd
        self.decorators(indent)
        params = self.parameters()
        if method:
            params = "self" + (", " + params if params else "")
        asynchronous = rnd.random() < 0.15
        ret = rnd.choice(["", " -> int", " -> 'Node'", " -> dict[str, list[int]]", " -> None"])
        self.emit(indent, f"{'async ' if asynchronous else ''}def {self.name()}({params}){ret}:")
        unit = "\t" if not method and indent == "" and rnd.random() < 0.1 else "    "
        inner = indent + unit
        if rnd.random() < 0.5:
            self.emit(inner, self.triple_string(inner))
            last = self.lines.pop()
            self.lines.extend(last.split("\n"))
        if asynchronous:
            self.emit(inner, f"async with {self.name()} as {self.name()}:")
            self.emit(inner + unit, f"{self.name()} = await {self.name()}({self.atom()})")
            self.emit(inner, f"async for {self.name()} in {self.name()}():")
            self.emit(inner + unit, f"await {self.name()}")
        self.block(inner, rnd.randrange(3, 12), "async" if asynchronous else "def", unit)
        self.emit(indent, "")

    def klass(self):
        rnd = self.rnd
        self.decorators("")
        bases = ", ".join(self.name().capitalize() for _ in range(rnd.randrange(0, 3)))
        self.emit("", f"class {self.name().capitalize()}({bases}):" if bases or rnd.random() < 0.5
                  else f"class {self.name().capitalize()}:")
        self.emit("    ", f'"""{rnd.choice(TEXT)}."""')
        for _ in range(rnd.randrange(1, 4)):
            self.emit("    ", f"{self.name()}: {rnd.choice(['int', 'str', 'ClassVar[int]'])} = {self.atom()}")
        self.emit("", "")
        for _ in range(rnd.randrange(1, 5)):
            self.function("    ", method=True)

    def header(self):
        self.emit("", "#!/usr/bin/env python3")
        self.emit("", "# -*- coding: utf-8 -*-")
        self.emit("", '"""Generated by bench/gen-tokenize-input.py: tokenizer benchmark input."""')
        self.emit("", "from __future__ import annotations")
        self.emit("", "import functools, os.path as osp")
        self.emit("", "from typing import (Any, ClassVar,")
        self.emit("", "                    Optional)  # implicit continuation")
        self.emit("", "")

    def generate(self, target_lines):
        self.header()
        while len(self.lines) < target_lines:
            r = self.rnd.random()
            if r < 0.45:
                self.function("")
            elif r < 0.7:
                self.klass()
            else:
                self.block("", self.rnd.randrange(3, 10), False)
                self.emit("", "")
        return "\n".join(self.lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", help="file to write (default: standard output)")
    parser.add_argument("--lines", type=int, default=20000, help="approximate line count (default 20000)")
    parser.add_argument("--seed", type=int, default=3110, help="random seed (default 3110)")
    parser.add_argument("--check", action="store_true", help="verify that the output compiles")
    args = parser.parse_args()
    text = Generator(args.seed).generate(args.lines)
    if args.check:
        compile(text, args.output or "<generated>", "exec", dont_inherit=True)
    data = text.encode("utf-8")
    if args.output:
        with open(args.output, "wb") as f:
            f.write(data)
    else:
        sys.stdout.buffer.write(data)


if __name__ == "__main__":
    main()
