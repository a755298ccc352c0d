# A dict display that is never closed, at the end of the file.
config = {
    "a": 1,
    "b": 2,
