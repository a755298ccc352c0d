# A function header without its colon.
def area(w, h)
    return w * h
