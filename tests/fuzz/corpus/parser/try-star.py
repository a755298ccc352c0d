try:
    pass
except* ValueError as e:
    raise
finally:
    del a[1:2, ::3], b.c
