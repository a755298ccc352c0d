# Frames inside comprehensions and lambdas are named <listcomp>, <dictcomp> and <lambda>.
convert = lambda pair: (pair[0], 10 / pair[1])
pairs = [("a", 2), ("b", 5), ("c", 0)]
table = {k: v for k, v in [convert(p) for p in pairs]}
