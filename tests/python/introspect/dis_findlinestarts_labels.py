# dis.findlinestarts and dis.findlabels.
import dis

def f(n):
    while n:
        n -= 1
    return n

print(list(dis.findlinestarts(f.__code__)))
print(dis.findlabels(f.__code__.co_code))
print(list(dis.findlinestarts(compile("a=1\nb=2\n\nc=3", "<x>", "exec"))))
