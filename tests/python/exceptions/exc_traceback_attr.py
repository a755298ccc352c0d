def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    raise TypeError("no tb").with_traceback(None)
except TypeError as e:
    print(e.__traceback__.tb_lineno > 0, e.__traceback__.tb_next)
err = KeyError("fresh")
print(err.__traceback__)
try:
    err.with_traceback("bad")
except TypeError as e:
    print(type(e).__name__, e)
