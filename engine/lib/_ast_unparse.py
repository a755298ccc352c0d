# ast.unparse for Glasspy (frozen stdlib): source text from an ast tree as CPython 3.11's
# unparser writes it: parentheses only where precedence needs them, the fewest escapes in
# string literals (choosing among ' " ''' """), f-strings, docstrings, elif chains.
import sys
from ast import (NodeVisitor, AsyncFunctionDef, FunctionDef, ClassDef, Module, Expr, Constant, Name,
                 JoinedStr, FormattedValue, Tuple, If)

# Precedence levels, loosest first (an expression needs parentheses where its context
# expects a tighter level than its own).
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR = range(9)
BOR = EXPR
BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = range(9, 18)


def _tighter(level):
    return min(level + 1, ATOM)


# A float too large for any double: what inf is written as.
_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = (*_SINGLE_QUOTES, *_MULTI_QUOTES)

_UNARY = {"Invert": ("~", FACTOR), "Not": ("not", NOT), "UAdd": ("+", FACTOR), "USub": ("-", FACTOR)}
_BINARY = {"Add": ("+", ARITH), "Sub": ("-", ARITH), "Mult": ("*", TERM), "MatMult": ("@", TERM),
           "Div": ("/", TERM), "Mod": ("%", TERM), "LShift": ("<<", SHIFT), "RShift": (">>", SHIFT),
           "BitOr": ("|", BOR), "BitXor": ("^", BXOR), "BitAnd": ("&", BAND), "FloorDiv": ("//", TERM),
           "Pow": ("**", POWER)}
_COMPARE = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is",
            "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOL = {"And": ("and", AND), "Or": ("or", OR)}


class _Parens:
    # Writes `open` and `close` around a block when `condition` holds.
    def __init__(self, unparser, open, close, condition=True):
        self.unparser, self.open, self.close, self.condition = unparser, open, close, condition

    def __enter__(self):
        if self.condition:
            self.unparser.write(self.open)

    def __exit__(self, *exc):
        if self.condition:
            self.unparser.write(self.close)


class _Block:
    # ":" then the indented body.
    def __init__(self, unparser, extra):
        self.unparser, self.extra = unparser, extra

    def __enter__(self):
        self.unparser.write(":")
        if self.extra:
            self.unparser.write(self.extra)
        self.unparser._indent += 1

    def __exit__(self, *exc):
        self.unparser._indent -= 1


def _escaped(c):
    # c.encode("unicode_escape").decode("ascii") for one character.
    special = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
    if c in special:
        return special[c]
    code = ord(c)
    if code < 0x20 or 0x7f <= code < 0x100:
        return "\\x%02x" % code
    if code < 0x80:
        return c
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


def _literal_text(string, quote_types=_ALL_QUOTES, escape_special_whitespace=False):
    # The body of a string literal with the fewest escapes, and the quotes that can hold it
    # (the first one is used).
    def escape(c):
        if not escape_special_whitespace and c in "\n\t":
            return c
        if c == "\\" or not c.isprintable():
            return _escaped(c)
        return c
    escaped = "".join(map(escape, string))
    quotes = list(quote_types)
    if "\n" in escaped:
        quotes = [q for q in quotes if q in _MULTI_QUOTES]
    quotes = [q for q in quotes if q not in escaped]
    if not quotes:
        # No quote fits: repr's escaping, with its quote if it is one of ours.
        text = repr(string)
        quote = next((q for q in quote_types if text[0] in q), text[0])
        return text[1:-1], [quote]
    if escaped:
        # Prefer a quote that differs from the last character; a triple quote that still
        # meets it gets that character escaped.
        quotes.sort(key=lambda q: q[0] == escaped[-1])
        if quotes[0][0] == escaped[-1]:
            escaped = escaped[:-1] + "\\" + escaped[-1]
    return escaped, quotes


class _Unparser(NodeVisitor):
    """Methods in this class recursively traverse an AST and output source code for the
    abstract syntax; original formatting is disregarded."""

    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # --- output helpers

    def interleave(self, inter, f, seq):
        first = True
        for x in seq:
            if not first:
                inter()
            first = False
            f(x)

    def items_view(self, traverser, items):
        if len(items) == 1:
            traverser(items[0])
            self.write(",")
        else:
            self.interleave(lambda: self.write(", "), traverser, items)

    def maybe_newline(self):
        if self._source:
            self.write("\n")

    def fill(self, text=""):
        self.maybe_newline()
        self.write("    " * self._indent + text)

    def write(self, *text):
        self._source.extend(text)

    def block(self, *, extra=None):
        return _Block(self, extra)

    def delimit(self, start, end):
        return _Parens(self, start, end)

    def delimit_if(self, start, end, condition):
        return _Parens(self, start, end, condition)

    def require_parens(self, precedence, node):
        return self.delimit_if("(", ")", self.get_precedence(node) > precedence)

    def get_precedence(self, node):
        return self._precedences.get(node, TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[node] = precedence

    def get_raw_docstring(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or len(node.body) < 1:
            return None
        node = node.body[0]
        if not isinstance(node, Expr):
            return None
        node = node.value
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node
        return None

    def get_type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f" # type: {comment}"
        return None

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        """Outputs a source code string that, if converted back to an ast (using
        ast.parse) will generate an AST equivalent to *node*"""
        self._source = []
        self.traverse(node)
        return "".join(self._source)

    def _write_docstring_and_traverse_body(self, node):
        docstring = self.get_raw_docstring(node)
        if docstring:
            self._write_docstring(docstring)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    # --- statements

    def visit_Module(self, node):
        self._type_ignores = {ignore.lineno: f"ignore{ignore.tag}" for ignore in node.type_ignores}
        self._write_docstring_and_traverse_body(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        with self.delimit("(", ")"):
            self.interleave(lambda: self.write(", "), self.traverse, node.argtypes)
        self.write(" -> ")
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(NAMED_EXPR, node):
            self.set_precedence(ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill("import ")
        self.interleave(lambda: self.write(", "), self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.interleave(lambda: self.write(", "), self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)
        type_comment = self.get_type_comment(node)
        if type_comment:
            self.write(type_comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINARY[node.op.__class__.__name__][0] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if("(", ")", not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.interleave(lambda: self.write(", "), self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.interleave(lambda: self.write(", "), self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.interleave(lambda: self.write(", "), self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(AWAIT, node):
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(YIELD, node):
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(YIELD, node):
            self.write("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def _try(self, node):
        self.fill("try")
        with self.block():
            self.traverse(node.body)
        for handler in node.handlers:
            self.traverse(handler)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)
        if node.finalbody:
            self.fill("finally")
            with self.block():
                self.traverse(node.finalbody)

    def visit_Try(self, node):
        saved, self._in_try_star = self._in_try_star, False
        try:
            self._try(node)
        finally:
            self._in_try_star = saved

    def visit_TryStar(self, node):
        saved, self._in_try_star = self._in_try_star, True
        try:
            self._try(node)
        finally:
            self._in_try_star = saved

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill("class " + node.name)
        with self.delimit_if("(", ")", condition=node.bases or node.keywords):
            comma = False
            for e in node.bases + node.keywords:
                if comma:
                    self.write(", ")
                comma = True
                self.traverse(e)
        with self.block():
            self._write_docstring_and_traverse_body(node)

    def _function(self, node, keyword):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill(keyword + " " + node.name)
        with self.delimit("(", ")"):
            self.traverse(node.args)
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        with self.block(extra=self.get_type_comment(node)):
            self._write_docstring_and_traverse_body(node)

    def visit_FunctionDef(self, node):
        self._function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self._function(node, "async def")

    def _for(self, keyword, node):
        self.fill(keyword)
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_For(self, node):
        self._for("for ", node)

    def visit_AsyncFor(self, node):
        self._for("async for ", node)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        # An else holding just an if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_With(self, node):
        self.fill("with ")
        self.interleave(lambda: self.write(", "), self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_AsyncWith(self, node):
        self.fill("async with ")
        self.interleave(lambda: self.write(", "), self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    # --- strings

    def _str_literal_helper(self, string, *, quote_types=_ALL_QUOTES, escape_special_whitespace=False):
        return _literal_text(string, quote_types, escape_special_whitespace)

    def _write_str_avoiding_backslashes(self, string, *, quote_types=_ALL_QUOTES):
        string, quote_types = _literal_text(string, quote_types)
        quote = quote_types[0]
        self.write(f"{quote}{string}{quote}")

    def _write_docstring(self, node):
        self.fill()
        if node.kind == "u":
            self.write("u")
        self._write_str_avoiding_backslashes(node.value, quote_types=_MULTI_QUOTES)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", _INFSTR))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_JoinedStr(self, node):
        self.write("f")
        if self._avoid_backslashes:
            saved, self._source = self._source, []
            self._write_fstring_inner(node)
            text = "".join(self._source)
            self._source = saved
            return self._write_str_avoiding_backslashes(text)
        # Escapes are kept in the literal parts (f"{x}\n" reads better than a triple
        # quote) and avoided in the replacement fields, where 3.11 allows none.
        parts = []
        for value in node.values:
            saved, self._source = self._source, []
            self._write_fstring_inner(value)
            parts.append(("".join(self._source), isinstance(value, Constant)))
            self._source = saved
        quote_types = list(_ALL_QUOTES)
        written = []
        for text, is_constant in parts:
            text, quote_types = _literal_text(text, quote_types, escape_special_whitespace=is_constant)
            written.append(text)
        quote = quote_types[0]
        self.write(f"{quote}{''.join(written)}{quote}")

    def _write_fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._write_fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_tighter(TEST), node.value)
        with self.delimit("{", "}"):
            expr = inner.visit(node.value)
            if "\\" in expr:
                raise ValueError("Unable to avoid backslash in f-string expression part")
            if expr.startswith("{"):
                self.write(" ")  # "{ {": not an escaped brace
            self.write(expr)
            if node.conversion != -1:
                self.write(f"!{chr(node.conversion)}")
            if node.format_spec:
                self.write(":")
                self._write_fstring_inner(node.format_spec)

    # --- expressions

    def visit_Name(self, node):
        self.write(node.id)

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit("(", ")"):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self._write_constant(node.value)

    def visit_List(self, node):
        with self.delimit("[", "]"):
            self.interleave(lambda: self.write(", "), self.traverse, node.elts)

    def _comprehension(self, open, close, parts, generators):
        with self.delimit(open, close):
            parts()
            for gen in generators:
                self.traverse(gen)

    def visit_ListComp(self, node):
        self._comprehension("[", "]", lambda: self.traverse(node.elt), node.generators)

    def visit_GeneratorExp(self, node):
        self._comprehension("(", ")", lambda: self.traverse(node.elt), node.generators)

    def visit_SetComp(self, node):
        self._comprehension("{", "}", lambda: self.traverse(node.elt), node.generators)

    def visit_DictComp(self, node):
        def key_value():
            self.traverse(node.key)
            self.write(": ")
            self.traverse(node.value)
        self._comprehension("{", "}", key_value, node.generators)

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(_tighter(TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for if_clause in node.ifs:
            self.write(" if ")
            self.traverse(if_clause)

    def visit_IfExp(self, node):
        with self.require_parens(TEST, node):
            self.set_precedence(_tighter(TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_precedence(TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit("{", "}"):
                self.interleave(lambda: self.write(", "), self.traverse, node.elts)
        else:
            self.write('{*()}')  # there is no empty set literal

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write("**")
                self.set_precedence(EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(": ")
                self.traverse(value)
        with self.delimit("{", "}"):
            self.interleave(lambda: self.write(", "), item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if("(", ")", len(node.elts) == 0 or self.get_precedence(node) > TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        operator, precedence = _UNARY[node.op.__class__.__name__]
        with self.require_parens(precedence, node):
            self.write(operator)
            if precedence != FACTOR:
                self.write(" ")  # "not x"; "-x" stays together
            self.set_precedence(precedence, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        operator, precedence = _BINARY[node.op.__class__.__name__]
        with self.require_parens(precedence, node):
            if operator == "**":  # right-associative
                left, right = _tighter(precedence), precedence
            else:
                left, right = precedence, _tighter(precedence)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f" {operator} ")
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(CMP, node):
            self.set_precedence(_tighter(CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, comparator in zip(node.ops, node.comparators):
                self.write(" " + _COMPARE[op.__class__.__name__] + " ")
                self.traverse(comparator)

    def visit_BoolOp(self, node):
        operator, precedence = _BOOL[node.op.__class__.__name__]
        level = precedence

        def operand(value):
            nonlocal level
            level = _tighter(level)
            self.set_precedence(level, value)
            self.traverse(value)
        with self.require_parens(precedence, node):
            self.interleave(lambda: self.write(f" {operator} "), operand, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        # "3.real" would read as a float: "3 .real".
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(ATOM, node.func)
        self.traverse(node.func)
        with self.delimit("(", ")"):
            comma = False
            for e in node.args + node.keywords:
                if comma:
                    self.write(", ")
                comma = True
                self.traverse(e)

    def visit_Subscript(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        with self.delimit("[", "]"):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items_view(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write("...")

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (a, d) in enumerate(zip(positional, defaults), 1):
            if not first:
                self.write(", ")
            first = False
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
            if index == len(node.posonlyargs):
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            if not first:
                self.write(", ")
            first = False
            self.write("*")
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(": ")
                    self.traverse(node.vararg.annotation)
        if node.kwonlyargs:
            for a, d in zip(node.kwonlyargs, node.kw_defaults):
                self.write(", ")
                self.traverse(a)
                if d:
                    self.write("=")
                    self.traverse(d)
        if node.kwarg:
            if not first:
                self.write(", ")
            first = False
            self.write("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(": ")
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(TEST, node):
            self.write("lambda")
            saved, self._source = self._source, []
            self.traverse(node.args)
            arguments = self._source
            self._source = saved
            if arguments:
                self.write(" ", *arguments)
            self.write(": ")
            self.set_precedence(TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    # --- patterns

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit("[", "]"):
            self.interleave(lambda: self.write(", "), self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write(f"*{'_' if node.name is None else node.name}")

    def visit_MatchMapping(self, node):
        def pair(item):
            key, pattern = item
            self.traverse(key)
            self.write(": ")
            self.traverse(pattern)
        with self.delimit("{", "}"):
            keys = node.keys
            self.interleave(lambda: self.write(", "), pair, zip(keys, node.patterns, strict=True))
            if node.rest is not None:
                if keys:
                    self.write(", ")
                self.write(f"**{node.rest}")

    def visit_MatchClass(self, node):
        self.set_precedence(ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit("(", ")"):
            patterns = node.patterns
            self.interleave(lambda: self.write(", "), self.traverse, patterns)
            if node.kwd_attrs:
                def keyword(item):
                    attr, pattern = item
                    self.write(f"{attr}=")
                    self.traverse(pattern)
                if patterns:
                    self.write(", ")
                self.interleave(lambda: self.write(", "), keyword,
                                zip(node.kwd_attrs, node.kwd_patterns, strict=True))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(TEST, node):
                self.set_precedence(BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f" as {node.name}")

    def visit_MatchOr(self, node):
        with self.require_parens(BOR, node):
            self.set_precedence(_tighter(BOR), *node.patterns)
            self.interleave(lambda: self.write(" | "), self.traverse, node.patterns)


def unparse(ast_obj):
    return _Unparser().visit(ast_obj)
