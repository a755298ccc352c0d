# traceback's stack API: walk_tb/walk_stack, extract_tb/extract_stack, FrameSummary,
# StackSummary (from_list, format, repeated lines, locals), format_list/print_list,
# format_stack/print_stack, and TracebackException (chains, SyntaxError fields, format).
import io
import sys
import traceback


def inner(x):
    return x[1] + 1 / 0


def outer():
    data = [1, 2]
    return inner(data)


try:
    outer()
except ZeroDivisionError as e:
    exc = e
tb = exc.__traceback__
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(repr(fs), fs.name, fs.lineno, fs.line, fs.end_lineno, fs.colno, fs.end_colno, len(fs))
    filename, lineno, name, line = fs
    print(filename == __file__, lineno, name, line, fs[2], fs[-1])
print(summary[-1] == (__file__, 10, "inner", "return x[1] + 1 / 0"))
print("".join(summary.format()), end="")
print("".join(traceback.format_tb(tb, limit=1)), end="")
print("".join(traceback.format_tb(tb, limit=-1)), end="")
print(traceback.extract_tb(tb, limit=2)[-1].name)
buf = io.StringIO()
traceback.print_tb(tb, file=buf)
print(buf.getvalue() == "".join(traceback.format_tb(tb)))

fs = traceback.FrameSummary("spam.py", 3, "eggs", line="x = 1  ")
print(fs.line, fs.locals, repr(fs), fs == ("spam.py", 3, "eggs", "x = 1"), fs == fs, fs != 5)
fs2 = traceback.FrameSummary("spam.py", 3, "eggs", lookup_line=False, locals={"a": [1], "b": "s"})
print(fs2.locals, fs2._line, fs2.line)
stack = traceback.StackSummary.from_list([("a.py", 1, "f", "call()"), fs, ("b.py", 2, "g", None)])
print("".join(stack.format()), end="")
print(traceback.format_list([("a.py", 1, "f", "call()"), ("b.py", 7, "<module>", "")]))
buf = io.StringIO()
traceback.print_list([("c.py", 5, "h", "pass")], file=buf)
print(repr(buf.getvalue()))
rep = traceback.StackSummary.from_list([("r.py", 4, "rec", "rec()")] * 7 + [("r.py", 9, "base", "boom()")])
print("".join(rep.format()), end="")
rep2 = traceback.StackSummary.from_list([("r.py", 4, "rec", "rec()")] * 4)
print("".join(rep2.format()), end="")
with_locals = traceback.StackSummary.from_list([fs2])
print("".join(with_locals.format()), end="")


def where():
    return traceback.extract_stack()


def where_limited():
    return traceback.extract_stack(limit=1)


stack = where()
print([f.name for f in stack][-2:], stack[-1].line, where_limited()[0].name)
print("".join(traceback.format_stack(limit=1)), end="")
buf = io.StringIO()
traceback.print_stack(limit=1, file=buf)
print(buf.getvalue(), end="")
print([f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())][:1])

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name, te.__cause__, te.__context__,
      te.__suppress_context__, te.exceptions, te.__notes__)
print("".join(te.format()), end="")
print(list(te.format_exception_only()))
print(te == traceback.TracebackException.from_exception(exc), te == 1)
te_limited = traceback.TracebackException(type(exc), exc, tb, limit=1)
print(len(te_limited.stack), "".join(te_limited.format()), end="")


def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e


try:
    chained()
except ValueError as e:
    chain = traceback.TracebackException.from_exception(e)
print(chain.__cause__.exc_type.__name__, chain.__cause__._str, chain.__context__.exc_type.__name__,
      chain.__suppress_context__)
print("".join(chain.format()), end="")
print("".join(chain.format(chain=False)), end="")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    ctx = traceback.TracebackException.from_exception(e, compact=True)
print(ctx.__context__.exc_type.__name__)
print("".join(ctx.format()), end="")
try:
    compile("a = (1,\n", "snippet.py", "exec")
except SyntaxError as e:
    se = traceback.TracebackException.from_exception(e)
print(se.filename, se.lineno, se.end_lineno, repr(se.text), se.offset, se.end_offset, se.msg)
print("".join(se.format_exception_only()), end="")
e = ValueError("noted")
e.add_note("a note")
te = traceback.TracebackException.from_exception(e)
print(te.__notes__, list(te.format()))
buf = io.StringIO()
te.print(file=buf)
print(repr(buf.getvalue()))
print(traceback.TracebackException(None, None, None).stack, list(traceback.TracebackException(None, None, None).format()))
print(sorted(traceback.__all__))
