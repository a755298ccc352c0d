e = ValueError()
e.__notes__ = 'not a list'
raise e
