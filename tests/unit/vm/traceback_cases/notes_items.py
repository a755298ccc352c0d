class N:
    def __str__(self): raise ValueError
e = ValueError('m')
e.__notes__ = [1, N(), 'ok']
raise e
