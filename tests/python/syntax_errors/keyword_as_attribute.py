# A keyword after a dot.
obj.class = 3
