try:
    raise ValueError('root cause')
except ValueError as v:
    try:
        raise TypeError('member') from v
    except TypeError as t:
        member = t
raise BaseExceptionGroup('bg', [KeyboardInterrupt(), member])
