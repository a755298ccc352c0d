# FORMAT_VALUE, BUILD_STRING and MAKE_FUNCTION argument descriptions.
import dis

def fmt(name, width):
    return f"{name!r:>{width}} {name!s} {name!a} {width:03d} {name}"

def maker(a, b=1, *, c=2):
    def inner(x: int) -> int:
        return a
    return inner

dis.dis(fmt)
dis.dis(maker)
