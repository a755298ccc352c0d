# **kwargs in an assignment target.
a, **b = {}
