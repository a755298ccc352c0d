# A with header without its colon.
with open("f") as f
    pass
