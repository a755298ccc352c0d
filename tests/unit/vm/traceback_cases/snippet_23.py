def f(lengthy_parameter):
    return lengthy_paramter
f(1)
