# Ends in an uncaught TypeError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
#
handlers = {"a": print, "b": len, "c": 42}

def dispatch(key, arg):
    handler = handlers[key]
    return handler(arg)

dispatch("a", "printing via dispatch")
print(sorted(handlers))
print(callable(handlers["a"]), callable(handlers["c"]))
print(dispatch("b", [1, 2, 3]))
result = dispatch("c", None)
print(result)
