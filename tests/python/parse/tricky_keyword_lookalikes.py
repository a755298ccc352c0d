# Names that look like keywords but are not: builtins and constants' neighbours used as
# variables and attributes (print, type, list, exec, nonlocal_, True_), and keywords
# as dictionary keys, attribute names through getattr, and keyword-argument strings.
class Obj:
    pass


o = Obj()
setattr(o, "class", "set through setattr")
setattr(o, "if", 1)
print(getattr(o, "class"), getattr(o, "if"), sorted(vars(o)))
type_ = "type with underscore"
list_ = [1]
True_ = False
None_ = 0
exec_ = "not exec"
print(type_, list_, True_, None_, exec_)
kw = {"from": 1, "import": 2, "lambda": 3, "yield": 4}
print(kw["lambda"], sorted(kw))
print(dict(**{"def": 1, "class": 2}))
print_ = print
print_("print rebound through another name")
o.print = "attribute named print"
o.type = "attribute named type"
print(o.print, o.type)
async_, await_ = "async_", "await_"
print(async_, await_)
