e = ValueError()
e.__notes__ = 5
raise e
