from contextlib import ExitStack, contextmanager
@contextmanager
def resource(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)
log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    print(names)
print(log)
log.clear()
with ExitStack() as stack:
    stack.enter_context(resource('x', log))
    keep = stack.pop_all()
print(log)
keep.close()
print(log)
def handler(exc_type, exc, tb):
    print('handler saw', exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(handler)
    raise KeyError('k')
print('suppressed by push')
try:
    with ExitStack() as stack:
        stack.callback(print, 'cleanup runs')
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)
