#!/usr/bin/env python3
"""Writes number_vectors.inc: operations on int, bool, float and complex with CPython
3.11's results (repr) or exceptions, for tests/unit/objects/number_ops_test.cpp:
    python3 tests/unit/objects/gen_number_vectors.py > tests/unit/objects/number_vectors.inc
Operands are written as i:DECIMAL, b:0/1, f:HEX, c:HEX,HEX, s:TEXT (UTF-8)."""
import math
import operator

INTS = [0, 1, -1, 7, -7, 3, 2**47 - 1, -2**47, 2**47, 2**63, -2**63 - 1, 10**30, -10**30, 3**100,
        2**64 - 1, 12345678901234567890123]
BOOLS = [True, False]
FLOATS = [0.0, -0.0, 1.5, -2.5, 0.1, 1e300, -1e-300, math.inf, -math.inf, math.nan, 3.0, 2.0**53,
          1e16, 7.0, -0.75]
COMPLEXES = [1 + 2j, -0.5j, 0j, complex(1e300, 1e300), complex(-1.5, 0.0)]
SMALL = [0, 1, 2, 3, -1, -2, 5, 0.5, -0.5, 2.0, 64, 100]

def lit(v):
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + v.hex()
    if isinstance(v, complex):
        return 'c:%s,%s' % (v.real.hex(), v.imag.hex())
    if isinstance(v, str):
        return 's:' + v
    if isinstance(v, bytes):
        return 'y:' + v.hex()
    if isinstance(v, tuple):
        return 't:' + ';'.join(lit(x) for x in v)
    raise TypeError(v)

def c_string(s):
    out = []
    for b in s.encode('utf-8', 'surrogatepass'):
        if b in (0x22, 0x5c):
            out.append('\\' + chr(b))
        elif 32 <= b < 127 and b != 0x3f:
            out.append(chr(b))
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'

def outcome(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)
    return repr(r)

BINARY = {'add': operator.add, 'sub': operator.sub, 'mul': operator.mul, 'truediv': operator.truediv,
          'floordiv': operator.floordiv, 'mod': operator.mod, 'pow': operator.pow,
          'lshift': operator.lshift, 'rshift': operator.rshift, 'and': operator.and_, 'or': operator.or_,
          'xor': operator.xor, 'lt': operator.lt, 'le': operator.le, 'eq': operator.eq, 'ne': operator.ne,
          'gt': operator.gt, 'ge': operator.ge, 'divmod': divmod}
UNARY = {'neg': operator.neg, 'pos': operator.pos, 'invert': operator.invert, 'abs': abs, 'hash': hash,
         'repr': repr, 'int': int, 'float': float, 'complex': complex, 'bool': bool}

def main():
    cases = []
    def add(kind, a, b, expected):
        cases.append('{%s, %s, %s, %s},' % (c_string(kind), c_string(lit(a)), c_string(lit(b) if b is not None else ''),
                                            c_string(expected)))

    numbers = INTS + BOOLS + FLOATS
    for name, fn in BINARY.items():
        for a in numbers + COMPLEXES:
            for b in numbers + COMPLEXES:
                if name == 'pow' and not (b in SMALL or isinstance(b, complex) or (isinstance(b, float) and abs(b) < 5)):
                    continue
                if name == 'pow' and isinstance(a, int) and abs(a) > 2**64 and isinstance(b, int) and b > 10:
                    continue
                if name == 'lshift' and isinstance(b, int) and b > 100:
                    continue
                if name == 'pow' and isinstance(a, complex) and not isinstance(b, complex) and b not in SMALL:
                    continue
                if name == 'divmod' and (isinstance(a, complex) or isinstance(b, complex)):
                    continue
                add(name, a, b, outcome(fn, a, b))
    for name, fn in UNARY.items():
        for a in numbers + COMPLEXES:
            if name == 'hash' and isinstance(a, float) and math.isnan(a):
                continue
            if name == 'hash' and isinstance(a, complex) and (math.isnan(a.real) or math.isnan(a.imag)):
                continue
            add(name, a, None, outcome(fn, a))
    for a in [3, -3, 10**30 + 1, 2**64]:
        for b in [2, -1, 100, 10**20]:
            for m in [5, -7, 10**9 + 7, 1, 0]:
                cases.append('{"powmod", %s, %s, %s},' % (c_string(lit(a)), c_string(lit(b) + '|' + lit(m)),
                                                          c_string(outcome(pow, a, b, m))))
    # round(x, n)
    for a in [2.675, 1234.5678, -0.5, 0.5, 1.5, 2.5, 1250.4, -1250.0, 1e300, 1.7976931348623157e308, 1e-300,
              0.125, 5e-324, 123456789012345678.0, 12350, -12350, 12345, 10**30 + 5 * 10**10, math.inf, math.nan]:
        for n in [None, 0, 1, 2, 3, -1, -2, -3, -10, 20, -308, 400]:
            if isinstance(a, int) and n is None:
                pass
            cases.append('{"round", %s, %s, %s},' % (c_string(lit(a)), c_string('' if n is None else lit(n)),
                                                     c_string(outcome(round, a, n))))
    # int(str, base), float(str), complex(str)
    TEXTS = ['0', '12', ' -12 ', '+7', '1_000', '1__0', '_1', '1_', '0x1f', '0o17', '0b101', '0x_1f', '010', '000',
             'z', '', '  ', '1e5', '1.5', '-1.5e-3', ' inf', '-Infinity', 'nan', '+nan', '1.', '.5', '.', '1e', 'e5',
             '1_0.5', '1.5_0', '0x10', '\u0661\u0662', '\u00e9', '1 2', '- 1', '9' * 30, '(1+2j)', '1+2j', 'j', '-j',
             '1-j', 'infj', '1e500', '1e-500', '  (  3.5J  )  ', '(1', '1+', '2j+1', 'nanj', '1_0j', '+1.5e3-2.5e-3j']
    for t in TEXTS:
        for base in [10, 0, 16, 2, 36]:
            cases.append('{"intbase", %s, %s, %s},' % (c_string(lit(t)), c_string(lit(base)),
                                                       c_string(outcome(int, t, base))))
        add('float', t, None, outcome(float, t))
        add('complex', t, None, outcome(complex, t))
    # format
    SPECS = ['', 'd', ',', '_', '#x', '#X', '#o', '#b', 'c', '+', ' ', '010', '=+10', '^10', '<10', '_x', '_b',
             '08,', '0=8,', 'n', 'e', '.2f', '%', '.3g', 'x<12,', '#_o', '.1', 'z', ',x', 's', 'abc', '10.3e', 'G']
    for v in [0, 1, -1, 42, 255, -255, 65, 1234567, -1234567, 10**20, -(10**25), True, 0x110000, -0.0, 1.5,
              1234.5678, 1 + 2j, -1.5 - 0.25j, 1j, complex(-0.0, 2.0)]:
        for s in SPECS:
            cases.append('{"format", %s, %s, %s},' % (c_string(lit(v)), c_string(lit(s)), c_string(outcome(format, v, s))))
    # methods and attributes: {"method", self, "name|arg|arg", expected}; "@name" reads an attribute
    calls = [(v, m, a) for v in [0, 1, -1, 255, -256, 2**47, -2**63, 10**30, True, False]
             for m, a in [('bit_length', ()), ('bit_count', ()), ('conjugate', ()), ('as_integer_ratio', ()),
                          ('__trunc__', ()), ('__floor__', ()), ('__ceil__', ()), ('__round__', ()),
                          ('__round__', (-1,)), ('__sizeof__', ()), ('__getnewargs__', ()), ('to_bytes', ()),
                          ('to_bytes', (2, 'little')), ('to_bytes', (16, 'big')), ('to_bytes', (0, 'big')),
                          ('to_bytes', (-1, 'big')), ('to_bytes', (1, 'middle')), ('to_bytes', (1, 5)),
                          ('__divmod__', (7,)), ('__rdivmod__', (7,)), ('__divmod__', (0,)), ('__divmod__', (2.0,)),
                          ('@real', ()), ('@imag', ()), ('@numerator', ()), ('@denominator', ())]]
    calls += [(v, m, a) for v in [0.0, -0.0, 1.5, -2.5, 0.1, 1e300, 5e-324, math.inf, -math.inf, math.nan, 3.0, -7.0, 2.0**60]
              for m, a in [('hex', ()), ('is_integer', ()), ('as_integer_ratio', ()), ('conjugate', ()),
                           ('__trunc__', ()), ('__floor__', ()), ('__ceil__', ()), ('__round__', ()),
                           ('__round__', (1,)), ('__round__', (-1,)), ('__getnewargs__', ()), ('__divmod__', (0.7,)),
                           ('__rdivmod__', (5,)), ('__divmod__', (0,)), ('__getformat__', ('double',)),
                           ('@real', ()), ('@imag', ())]]
    calls += [(v, m, a) for v in [1 + 2j, -0.0j, complex(math.inf, math.nan)]
              for m, a in [('conjugate', ()), ('__getnewargs__', ()), ('__complex__', ()), ('@real', ()), ('@imag', ())]]
    for text in ['0x1.8p1', ' -0X1.FFFFFFFFFFFFFP1023 ', '0x1p1024', '0x.8p-1074', '0x1.8p-1074', '1', 'inf', '-nan',
                 '0x', 'x1', '0x1p', '1.', '.1', '0x0p99999999999999999999999999', '0x1p-99999999999999999999',
                 '0x1.fffffffffffff8p1023', '0x1.00000000000008p0', '0x1.00000000000018p0', '-0x1p-1075',
                 '0x3p-1076', 'infinity', 'iNf', ' 0x10 ', '0x1.0p+0x', '+0xA']:
        calls.append((1.0, 'fromhex', (text,)))
    for n, order, signed in [(b'\x01\x00', 'big', False), (b'\x01\x00', 'little', False), (b'\xff', 'big', True),
                             (b'', 'big', False), (b'\x80\x00', 'big', True), (b'\xff' * 20, 'little', True)]:
        calls.append((0, 'from_bytes', (n, order)))
    for v, m, a in calls:
        name = m.lstrip('@')
        try:
            r = getattr(v, name)
            if not m.startswith('@'):
                r = r(*a)
            expected = repr(r)
        except Exception as e:
            expected = '!%s: %s' % (type(e).__name__, e)
        spec = '|'.join([m] + [lit(x) for x in a])
        cases.append('{"method", %s, %s, %s},' % (c_string(lit(v)), c_string(spec), c_string(expected)))
    print('// Generated by gen_number_vectors.py from CPython 3.11: {operation, a, b, expected repr or !Error: message}.')
    print('\n'.join(cases))


if __name__ == '__main__':
    main()
