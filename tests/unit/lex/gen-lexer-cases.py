#!/usr/bin/env python3
"""Writes lexer_cases.inc: lexer test cases whose expected results come from CPython 3.11.

For each source snippet below, CPython decides the expectation:
- if compile() fails with one of the C tokenizer's own errors, the expected result is that
  error (class, message, lineno, offset, end_lineno, end_offset);
- otherwise the expected result is the token stream of the `tokenize` module, reduced to
  what the parser sees (no COMMENT/NL/ENCODING; exact operator types; byte columns; and
  positions only for tokens that have text, since INDENT/DEDENT/NEWLINE/ENDMARKER
  positions differ between tokenize.py and the C tokenizer).
Run it with python3 (3.11) from anywhere; it rewrites the .inc beside itself.
"""
import io
import os
import sys
import token
import tokenize
import warnings

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"

LEXER_MESSAGES = (
    "unterminated string literal", "unterminated triple-quoted string literal",
    "invalid decimal literal", "invalid hexadecimal literal", "invalid octal literal",
    "invalid binary literal", "invalid imaginary literal", "invalid digit",
    "leading zeros in decimal integer literals", "invalid character",
    "invalid non-printable character", "cannot contain null bytes",
    "was never closed", "does not match opening parenthesis", "unmatched ",
    "unexpected character after line continuation character", "unexpected EOF while parsing",
    "unindent does not match any outer indentation level",
    "inconsistent use of tabs and spaces in indentation", "too many levels of indentation",
    "too many nested parentheses",
)

def nested_blocks(n):
    return "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n"

CASES = [
    # valid code: every token kind
    "x = 1\n", "x = 1", "", "\n\n", "# only a comment", "if x:\n    y = 2\n    z = 3\nw = 4\n",
    "def f(a, b=2, *c, d, **e) -> int:\n    return a @ b\n",
    "a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h >>= 8; i <<= 9; j &= 1; k |= 2; l ^= 3; m @= 4\n",
    "x = (a < b) <= (c > d) >= (e == f) != (g ~ h) ^ i | j & k >> l << m\n",
    "x = [1,\n     2,  # c\n     3]\ny = {'a': 1,\n\n  'b': 2}\n",
    "if (n := 10) > 5: ...\n", "print(*args, **kw)\n", "lambda: x\n", "x = a if b else c\n",
    "x = 0x1F + 0o17 + 0b101 + 1_000 + 0_0 + 00 + 1.5 + 1. + .5 + 1e10 + 1E-5 + 1.5e+3 + 1j + 1.5J + 0j + 09.5 + 09j\n",
    "x = 0xdead_beef + 0O7_7 + 0B1_0 + 1_0.0_1e1_0j\n", "x = 1if y else 2\n", "x = [0x1for x in y]\n",
    "x = 1 if y else 2\n", "x = 0 if 1 else 0\n", "x = 1.0if y else 2\n", "x = 1jor 2\n",
    "s = 'a' \"b\" '''c''' \"\"\"d\"\"\"\n", "s = r'\\d' + b'x' + rb'y' + Rb'z' + bR'w' + BR'v' + u'u' + U'U' + f'{x}' + F'{y!r:>10}' + rf'{z}' + fR'{w}'\n",
    "s = '''multi\nline\n  string'''\nt = 1\n", "s = 'a\\\nb'\n", "s = 'it\\'s'\n", "s = ''\nt = \"\"\n",
    "x = 1 + \\\n    2\n", "if x:\n    y = 1 \\\n  + 2\n", "x = 1 # comment \\\n",
    "if a:\n\tif b:\n\t\tc\n\td\n", "if a:\n        b\n\tc\n", "if a:\n    b\n\n  # comment\n    c\n",
    "if a:\n  b\n\x0c  c\n", "x = 1\n\x0cy = 2\n", "  # indented comment\nx = 1\n",
    "\u00e9t\u00e9 = 1\n\u03b1\u03b2 = \u00e9t\u00e9\n\u5909\u6570 = 2\n", "\ufb01le = 3\n", "a\u2160 = 1\n",
    "x = a.b.c\ny = ...\nz = a..b\n" [:0] + "x = a.b.c\ny = ...\n", "@decorator\ndef f(): pass\n",
    "async def f():\n    await g()\n    async with a as b: pass\n",
    "match x:\n    case [1, *rest]: pass\n    case {'k': v}: pass\n    case _: pass\n",
    "x = 1\r\ny = 2\r\n", "if x:\r\n    y\r\n", "x = $\n", "x = a ? b\n", "x = `a`\n", "x = a ! b\n",
    "x = (\n  1)\n" + "(" * 200 + ")" * 200 + "\n", nested_blocks(99),
    # errors from the tokenizer
    "x = 'abc\n", "x = 'abc", 'x = """abc\n\n', "x = f'''abc\n\ny", "x = rb'abc\n", "x = 'abc' 'def\n",
    "x = 'a\\\nb\n", "x = '''a\\\nb\n", "x = 'abc\u00a0\n", "x = 1\r\ny = 'a\r\n", "x = 'a\rb'\n",
    "x = 1abc\n", "x = 0777\n", "x = 1_\n", "x = 1__0\n", "x = 0x\n", "x = 0xg\n", "x = 0o8\n", "x = 0b2\n",
    "x = 0b1_\n", "x = 1e\n", "x = 1e+\n", "x = 0_7\n", "x = 09\n", "x = 1.5_\n", "x = 1_.5\n", "x = 0b\n",
    "x = 0o\n", "x = 0o7_\n", "x = 1jk\n", "x = 1.0e\n", "x = 0x1else 2\n", "x = 1_000_\n", "x = 1e5_\n",
    "x = 1e_5\n", "x = 0o19\n", "x = 0b0_2\n", "x = 12abc\n", "x = 0_\n", "x = 00_\n", "x = 1.e_\n",
    "x = \u20ac\n", "x = 1\u20ac\n", "x = a\u20ac\n", "x = a\u00a0b\n", "x = \u200b\n", "\x01x = 1\n",
    "x = 1 + \x7f\n", "x = 1 + \x1b\n", "\u00a0x = 1\n", "x = \u00e9\u00a0\n", "\u00b2 = 1\n",
    "if x:\n  \u00a0y\n", "x = (\n\u00a0\n", "x\0 = 1\n", "x = 1\ny\0 = 2\n",
    "x = (\n", "x = (]\n", "x = (\n]\n", "x = )\n", "x = ]\n", "x = (1, 2]\n  + 3)\n",
    "x = [1,\n  2\n", "x = {1: (\n", "y = 1\nx = ( [ {\n\n",
    "x = 1 \\ 2\n", "x = 1 \\2\n", "x = \\ # c\n", "\\x\n", "x = 1 + \\", "x = 1 + \\\n", "\\\n",
    "def f(a,\n      b):\n  pass\nx = 1 + \\", "x = 'ab' \\",
    "x = (1 + \\", "x = [\n  1, \\", "x = {'a': {\n} \\\n",
    "if x:\n  a\n b\n", "if x:\n    a\n  bcd = 1\n", "if x:\n    if y:\n        a\n  b\n",
    "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n", "if x:\n  \ta\n\t  b = 2\n", "if x:\n\ta\n  \tb\n",
    "x = 1\n" + "(" * 201 + ")" * 201 + "\n", nested_blocks(100),
]

def c_string(s):
    data = s.encode("utf-8")
    return '"' + "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\?' else "\\%03o" % b for b in data) + '"'

def byte_col(line_text, col):
    return len(line_text[:col].encode("utf-8"))

def expected_tokens(src):
    out = []
    readline = io.StringIO(src).readline
    for tok in tokenize.generate_tokens(readline):
        if tok.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
            continue
        name = token.tok_name[tok.exact_type]
        if tok.type == token.ERRORTOKEN:
            # tokenize.py marks a character that starts no token ('$', '?', '!') as ERRORTOKEN,
            # and the whitespace before it too; the C tokenizer passes it on as an OP token.
            if tok.string.isspace():
                continue
            name = "OP"
        if tok.type in (token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER):
            out.append(name)
            continue
        if "\x0c" in src:  # tokenize.py miscounts columns after a form feed: text only
            out.append("%s %r" % (name, tok.string))
            continue
        lines = src.splitlines(keepends=True)
        start = byte_col(lines[tok.start[0] - 1], tok.start[1])
        end = byte_col(lines[tok.end[0] - 1], tok.end[1])
        out.append("%s %r %d,%d-%d,%d" % (name, tok.string, tok.start[0], start, tok.end[0], end))
    return "\n".join(out) + "\n"

def null_byte_error_from_file(src):
    """compile() words the NUL error for strings; a file run names the line: use that."""
    import re, subprocess, tempfile
    with tempfile.NamedTemporaryFile("wb", suffix=".py", delete=False) as f:
        f.write(src.encode("utf-8"))
    run = subprocess.run([sys.executable, f.name], capture_output=True, text=True)
    os.unlink(f.name)
    line = re.search(r'line (\d+)', run.stderr).group(1)
    message = run.stderr.strip().splitlines()[-1]
    assert "^" not in run.stderr  # no column: rendered as None
    return "%s (%s,None,None,None)\n" % (message, line)

def expected(src):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(src, "case.py", "exec")
        except SyntaxError as e:
            if any(m in e.msg for m in LEXER_MESSAGES):
                if "null bytes" in e.msg:
                    return null_byte_error_from_file(src)
                return "%s: %s (%s,%s,%s,%s)\n" % (type(e).__name__, e.msg, e.lineno, e.offset,
                                                   e.end_lineno, e.end_offset)
    return expected_tokens(src)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for src in CASES:
        exp = expected(src)
        if exp is None:
            continue
        rows.append("GP_LEXER_CASE(%s,\n              %s)" % (c_string(src), c_string(exp)))
    with open(os.path.join(here, "lexer_cases.inc"), "w") as f:
        f.write("// Generated by tests/unit/lex/gen-lexer-cases.py from CPython 3.11. Do not edit.\n")
        f.write("\n".join(rows) + "\n")
    print("wrote %d cases" % len(rows))

main()
