# dis.code_info / dis.show_code.
import dis

def sample(a, b=2, *args, key, **kw):
    """Doc."""
    x = a + b
    def inner():
        return x
    return inner, len(args), kw, key

print(dis.code_info(sample))
print('---')
dis.show_code(sample)
print('---')
print(dis.code_info("x = 1"))
print('---')
print(dis.code_info(sample.__code__.co_consts[1]))
