# traceback.print_exception / format_exception in their 3.10+ one-argument form and the
# old three-argument form, exception groups through TracebackException, captured locals,
# and recursion collapsed into "[Previous line repeated N more times]".
import sys
import traceback


def fail(n):
    if n == 0:
        raise KeyError("deep")
    return fail(n - 1)


try:
    fail(6)
except KeyError as e:
    err = e
traceback.print_exception(err, file=sys.stdout)
traceback.print_exception(type(err), err, err.__traceback__, file=sys.stdout, limit=2)
print("".join(traceback.format_exception(err, limit=-1)), end="")
print(traceback.format_exception_only(err), traceback.format_exception_only(type(err), err))
te = traceback.TracebackException.from_exception(err)
print(len(te.stack), "".join(te.stack.format()), end="")


def with_locals():
    count = 3
    name = "x"
    raise RuntimeError(name * count)


try:
    with_locals()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
print(te.stack[-1].locals)
print("".join(traceback.StackSummary.from_list(te.stack[-1:]).format()), end="")

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    group = e
te = traceback.TracebackException.from_exception(group)
print(te.exc_type.__name__, len(te.exceptions), [x.exc_type.__name__ for x in te.exceptions], str(te))
print("".join(te.format()), end="")
print(list(te.format_exception_only()))
print("".join(traceback.format_exception(group)), end="")
try:
    traceback.print_exception(err, err)
except ValueError as e:
    print("ValueError", e)
print(traceback.format_exception(None), traceback.format_exception_only(None))
