# When str() of the exception raises, the traceback prints a placeholder.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")

raise Broken("message")
