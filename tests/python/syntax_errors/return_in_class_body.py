# return directly in a class body.
class C:
    return 1
