class Transaction:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("rollback" if et else "commit", self.name)
        return False

with Transaction("t1"):
    print("work 1")

with Transaction("t2"):
    print("work 2")
    raise RuntimeError("work 2 failed")
