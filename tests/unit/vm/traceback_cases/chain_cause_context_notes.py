class MyError(Exception):
    pass
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise MyError('wrapped') from e
try:
    f()
except MyError as e:
    e.add_note('note one')
    e.add_note('multi\nline note')
    raise KeyError('k')
