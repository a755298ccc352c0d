def handler_helper():
    raise

try:
    raise ValueError("inside")
except ValueError:
    try:
        handler_helper()
    except ValueError as e:
        print("bare raise in a called function re-raises the active one:", e)

print("calling it with no active exception")
handler_helper()
print("not reached")
#
#
#
