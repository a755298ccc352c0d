try:
    raise ValueError
except ValueError:
    raise TypeError('t') from None
