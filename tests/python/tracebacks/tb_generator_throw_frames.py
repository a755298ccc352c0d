# throw() into a suspended generator: the traceback goes through the yield point.
def worker():
    while True:
        job = yield
        print("got", job)

w = worker()
next(w)
w.send("first")
w.throw(ValueError("stop working"))
