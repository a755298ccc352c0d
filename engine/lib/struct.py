# The struct module (frozen stdlib): pack/unpack/calcsize/iter_unpack and Struct over
# int.to_bytes/from_bytes, with IEEE 754 float packing done in exact integer arithmetic.
import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
           'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4,
             'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _parse(fmt):
    # (byte order, [(code, count, offset)], size); 's'/'p' keep their count as a length.
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    sizes = _NATIVE if native else _STANDARD
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            if j >= n:
                raise error('repeat count given without format specifier')
            i = j
            c = fmt[i]
        i += 1
        size = sizes.get(c)
        if size is None:
            raise error('bad char in struct format')
        if native and size > 1:
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            items.append((c, count, offset))
            offset += count
        elif c == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, offset))
                offset += size
    return order, items, offset


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return v.__index__()
    raise error('required argument is not an integer')


def _float_bits(x, ebits, mbits, code):
    # The IEEE 754 bit pattern of x rounded to nearest-even in the given format.
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if x != x:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    if x == _math.inf:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    if x == 0:
        return sign << (ebits + mbits)
    m, e = _math.frexp(x)
    mant = int(m * (1 << 53))
    exp2 = e - 53
    # value = mant * 2**exp2; the target keeps mbits+1 significant bits (normal numbers).
    top = e - 1
    if top < 1 - bias:
        shift = (1 - bias - mbits) - exp2
    else:
        shift = (top - mbits) - exp2
    if shift > 0:
        rest = mant & ((1 << shift) - 1)
        mant >>= shift
        half = 1 << (shift - 1)
        if rest > half or (rest == half and mant & 1):
            mant += 1
        exp2 += shift
    else:
        mant <<= -shift
        exp2 += shift
    if mant >> (mbits + 1):
        mant >>= 1
        exp2 += 1
    if mant >> mbits:
        biased = exp2 + mbits + bias
        if biased >= (1 << ebits) - 1:
            raise OverflowError('float too large to pack with %s format' % code)
        return (sign << (ebits + mbits)) | (biased << mbits) | (mant & ((1 << mbits) - 1))
    return (sign << (ebits + mbits)) | mant


def _bits_float(bits, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    biased = (bits >> mbits) & ((1 << ebits) - 1)
    mant = bits & ((1 << mbits) - 1)
    if biased == (1 << ebits) - 1:
        return sign * _math.inf if mant == 0 else _math.nan
    if biased == 0:
        return sign * _math.ldexp(mant, 1 - bias - mbits)
    return sign * _math.ldexp(mant | (1 << mbits), biased - bias - mbits)


def _pack_item(out, code, count, offset, v, little, sizes):
    size = sizes[code]
    if code in 'sp':
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for '%s' must be a bytes object" % code)
        if code == 's':
            data = bytes(v[:count]).ljust(count, b'\0')
        else:
            n = min(len(v), count - 1, 255) if count else 0
            data = (bytes([n]) + bytes(v[:n])).ljust(count, b'\0')[:count]
        out[offset:offset + count] = data
        return
    if code == 'c':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        out[offset] = v[0]
        return
    if code == '?':
        out[offset] = 1 if v else 0
        return
    if code in _FLOATS:
        if not isinstance(v, float):
            if hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
                v = float(v)
            else:
                raise error('required argument is not a float')
        ebits, mbits = _FLOATS[code]
        out[offset:offset + size] = _float_bits(v, ebits, mbits, code).to_bytes(size, 'little' if little else 'big')
        return
    v = _index(v)
    unsigned = code.isupper()
    bits = size * 8
    if unsigned:
        lo, hi = 0, (1 << bits) - 1
        if v < 0 and code not in _NAMED or v >= 1 << 64:
            raise error('argument out of range')
    else:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        if not -(1 << 63) <= v < (1 << 63):
            raise error('argument out of range')
    if code in _NAMED and v >= 1 << 63:
        raise error('argument out of range')
    if not lo <= v <= hi:
        if code in _NAMED:
            raise error('%s format requires %d <= number <= %d' % (_NAMED[code], lo, hi))
        if code in 'qQnN':
            raise error('argument out of range')
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    out[offset:offset + size] = v.to_bytes(size, 'little' if little else 'big', signed=not unsigned)


class Struct:
    """Struct(fmt) --> compiled struct object"""
    __module__ = '_struct'

    def __init__(self, format):
        self._order, self._items, self.size = _parse(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')
        self._little = self._order == '<' or (self._order in '@=' and True)
        self._sizes = _NATIVE if self._order == '@' else _STANDARD

    def pack(self, *values):
        items = self._items
        if len(values) != len(items):
            raise error('pack expected %d items for packing (got %d)' % (len(items), len(values)))
        out = bytearray(self.size)
        for (code, count, offset), v in zip(items, values):
            _pack_item(out, code, count, offset, v, self._little, self._sizes)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < len(data):
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (len(data) + offset, len(data), offset, len(buffer)))
        buffer[offset:offset + len(data)] = data

    def unpack(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        if offset < 0:
            offset += len(data)
        if len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return (self._unpack(data, i) for i in range(0, len(data), self.size))

    def _unpack(self, data, base):
        order = 'little' if self._little else 'big'
        sizes = self._sizes
        result = []
        for code, count, offset in self._items:
            at = base + offset
            size = sizes[code]
            if code == 's':
                result.append(data[at:at + count])
            elif code == 'p':
                n = min(data[at], count - 1) if count else 0
                result.append(data[at + 1:at + 1 + n])
            elif code == 'c':
                result.append(data[at:at + 1])
            elif code == '?':
                result.append(data[at] != 0)
            elif code in _FLOATS:
                ebits, mbits = _FLOATS[code]
                result.append(_bits_float(int.from_bytes(data[at:at + size], order), ebits, mbits))
            else:
                result.append(int.from_bytes(data[at:at + size], order, signed=not code.isupper()))
        return tuple(result)

    def __repr__(self):
        return '<_struct.Struct object at %#x>' % id(self)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, *values):
    """pack(format, v1, v2, ...) -> bytes"""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    """Unpack the buffer according to the format string."""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
