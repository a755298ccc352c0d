try:
    undefined_name_q
except NameError as e:
    print(e.name, str(e))
def f():
    return local_missing_q
try:
    f()
except NameError as e:
    print(e.name, str(e))
class C:
    pass
c = C()
try:
    c.missing_attr
except AttributeError as e:
    print(e.name, e.obj is c, str(e))
try:
    (5).real_part
except AttributeError as e:
    print(e.name, e.obj, str(e))
try:
    C.cls_missing
except AttributeError as e:
    print(e.name, e.obj is C, str(e))
e = NameError("custom", name="given")
print(e.name, e.args)
e = AttributeError("m", name="n", obj=1)
print(e.name, e.obj, e.args)
print(NameError().name, AttributeError().name, AttributeError().obj)
