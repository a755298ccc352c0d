# A dict display that the file ends inside of.
config = {
    "debug": True,
    "level": [1, 2,
