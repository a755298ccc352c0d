# A base class after a keyword argument in a class header.
class C(metaclass=type, object):
    pass
