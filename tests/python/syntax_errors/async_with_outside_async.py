# async with in an ordinary function.
def f(lock):
    async with lock:
        pass
