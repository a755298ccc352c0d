# Setting __suppress_context__ by hand hides the context like "from None".
def fail():
    try:
        {}["missing"]
    except KeyError:
        err = LookupError("replacement")
        err.__suppress_context__ = True
        raise err

fail()
