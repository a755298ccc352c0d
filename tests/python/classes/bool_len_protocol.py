class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class BoolFirst:
    def __bool__(self):
        print("__bool__ called")
        return True
    def __len__(self):
        print("__len__ called")
        return 0
print(bool(Empty()), bool(Full()), len(Full()), bool(BoolFirst()))
print("yes" if Full() else "no", not Empty())
class BigLen:
    def __len__(self):
        return 2 ** 100
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 7
        return I()
print(len(IndexLen()))
class BoolNone:
    def __bool__(self):
        return None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
