class R:
    def __repr__(self): raise ValueError
    def __len__(self): raise ValueError
e = ValueError('m')
e.__notes__ = R()
raise e
