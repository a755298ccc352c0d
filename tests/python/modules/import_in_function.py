# Imports bind names in the scope where they run.
def f():
    import keyword
    from math import factorial as fact
    return keyword.iskeyword('while'), fact(5), 'keyword' in locals()

print(f())
print('keyword' in globals())


class C:
    import errno
    code = errno.EEXIST

print(C.code, C.errno.__name__)
