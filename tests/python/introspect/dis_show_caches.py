# show_caches=True lists the inline CACHE entries.
import dis

def f(a):
    return a.attr + g(a)

dis.dis(f, show_caches=True)
print([i.opname for i in dis.get_instructions(f, show_caches=True)].count('CACHE'))
