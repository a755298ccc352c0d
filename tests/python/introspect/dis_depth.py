# dis.dis depth= limits the recursion into nested code objects.
import dis

src = """
def outer():
    def inner():
        return lambda: 1
    return inner
"""
dis.dis(src, depth=0)
print('=====')
dis.dis(src, depth=1)
print('=====')
dis.dis(src)
