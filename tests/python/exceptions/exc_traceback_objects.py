# Traceback objects: tb_lineno, tb_next chain, tb_frame code names, with_traceback.
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain)
    saved = e
print(type(saved.__traceback__).__name__, saved.__traceback__.tb_next.tb_frame.f_code.co_name)
e2 = ValueError("fresh")
print(e2.__traceback__)
r = e2.with_traceback(saved.__traceback__)
print(r is e2, e2.__traceback__ is saved.__traceback__)
e2.with_traceback(None)
print(e2.__traceback__)
try:
    e2.__traceback__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise e2.with_traceback(saved.__traceback__)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames:", n)
try:
    try:
        raise KeyError(1)
    except KeyError as e:
        first = e.__traceback__.tb_lineno
        raise
except KeyError as e:
    print(first, e.__traceback__.tb_lineno)
