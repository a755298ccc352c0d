# Exceptions caught into a group keep their own tracebacks and contexts; split copies the group's.
def raiser(n):
    if n % 2:
        raise ValueError(n)
    raise TypeError(n)
caught = []
for n in range(4):
    try:
        raiser(n)
    except Exception as e:
        caught.append(e)
print([e.__traceback__.tb_frame.f_code.co_name for e in caught])
try:
    raise ExceptionGroup("all", caught)
except ExceptionGroup as g:
    group = g
print(group.__traceback__ is not None, group.__traceback__.tb_lineno)
vals, rest = group.split(ValueError)
print(vals.__traceback__ is group.__traceback__, rest.__traceback__ is group.__traceback__)
print([e.args for e in vals.exceptions], [e.args for e in rest.exceptions])
print([e.__traceback__.tb_next.tb_frame.f_code.co_name for e in vals.exceptions])
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ExceptionGroup("during", [KeyError("k")])
except ExceptionGroup as g:
    print(repr(g.__context__), g.exceptions[0].__context__)
    sub = g.subgroup(KeyError)
    print(sub is g, repr(sub.__context__))
