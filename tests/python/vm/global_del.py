value = 1
def remove_global():
    global value
    del value
remove_global()
print("value" in globals())
try:
    remove_global()
except NameError as e:
    print(type(e).__name__, e)
def recreate():
    global value
    value = "back"
recreate()
print(value)
names = [n for n in ("value", "recreate", "nothing") if n in globals()]
print(names)
del recreate
print("recreate" in globals())
try:
    del undefined_global_q
except NameError as e:
    print(type(e).__name__, e)
