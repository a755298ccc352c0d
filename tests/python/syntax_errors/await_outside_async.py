# await in an ordinary (non-async) function.
def fetch():
    return await load()
