def consumer():
    while True:
        try:
            item = yield
            print("consumed", item)
        except KeyError:
            print("recovered from KeyError")

c = consumer()
next(c)
c.send("a")
c.throw(KeyError("k"))
c.send("b")
print("throwing an exception the generator does not handle")
c.throw(ValueError("not handled"))
print("not reached")
