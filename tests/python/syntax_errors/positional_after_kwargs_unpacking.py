# A positional argument after **kwargs unpacking.
f(**options, value)
