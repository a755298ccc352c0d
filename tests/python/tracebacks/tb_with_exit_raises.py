# __exit__ raising while the body's exception propagates.
class Transaction:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("rollback because", exc_type.__name__)
        raise RuntimeError("rollback failed")

with Transaction():
    print("working")
    raise ValueError("bad data")
