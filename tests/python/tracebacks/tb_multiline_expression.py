# An exception inside an expression that spans several lines.
def scale(values, factor):
    return [v * factor for v in values]

data = {"a": [1, 2], "b": [3]}
report = (
    sum(scale(data["a"], 2))
    + sum(scale(data["b"], 3))
    + sum(scale(data["c"], 4))
)
