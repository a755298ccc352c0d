# *args unpacking after **kwargs unpacking.
f(**options, *args)
