# A triple-quoted string that is never closed.
doc = """start
of a docstring

x = 1
