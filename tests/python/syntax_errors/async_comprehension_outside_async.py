# An asynchronous comprehension in an ordinary function.
def f(source):
    return [x async for x in source]
