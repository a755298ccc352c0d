a = b = None
a.attr = 1
del a.attr
