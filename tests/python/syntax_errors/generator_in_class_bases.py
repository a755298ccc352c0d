# A bare generator expression together with another base.
class C(x for x in y, object):
    pass
