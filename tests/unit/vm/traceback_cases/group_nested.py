def f():
    raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError('t'), KeyError('k')]), OSError(2, 'No such file or directory')])
try:
    f()
except Exception as e:
    e.add_note('group note')
    raise
