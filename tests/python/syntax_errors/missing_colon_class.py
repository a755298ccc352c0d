# A class header without its colon.
class Point
    pass
