# An exception while executing a class body: the frame is named after the class.
def default_size():
    return 10

class Settings:
    size = default_size()
    half = size / 2
    limit = size // (half - 5)
