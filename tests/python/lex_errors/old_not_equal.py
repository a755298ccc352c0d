# The Python 2 "<>" inequality operator is gone: it is "<" then ">".
if 1 <> 2:
    print("different")
