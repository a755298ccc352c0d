def f():
    try:
        raise ValueError('in group')
    except ValueError as e:
        raise ExceptionGroup('g', [e, TypeError('no tb')])
try:
    f()
except* ValueError:
    raise RuntimeError('handler')
