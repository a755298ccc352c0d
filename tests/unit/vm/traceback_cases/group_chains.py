def raiser(i):
    if i == 0: 1/0
    raise ValueError(i)
excs = []
for i in range(2):
    try:
        raiser(i)
    except Exception as e:
        e.add_note(f'note\nfor {i}')
        excs.append(e)
try:
    raise KeyError('ctx')
except KeyError:
    try:
        raise ExceptionGroup('eg', excs)
    except ExceptionGroup as eg:
        eg2 = eg
        raise ExceptionGroup('outer', [eg, TypeError('x')]) from ValueError('cause')
