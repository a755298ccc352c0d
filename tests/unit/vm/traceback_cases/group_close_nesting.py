def inner():
    raise ExceptionGroup('inner', [ValueError('a'), TypeError('b')])
try:
    inner()
except ExceptionGroup as e:
    last = e
try:
    raise KeyError('ctx')
except KeyError:
    raise ExceptionGroup('outer', [ValueError('first'), ExceptionGroup('mid', [last]), last])
