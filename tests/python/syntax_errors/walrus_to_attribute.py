# An assignment expression needs a plain name.
if (self.x := 5):
    pass
