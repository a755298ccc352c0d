#!/usr/bin/env python3
"""Writes tests/unit/numeric/bigint_vectors.inc: expected results of CPython 3.11's int
operations (and their error messages) for bigint_vectors_test.cpp, which checks
engine/numeric/ against them. Deterministic: a fixed-seed random.Random picks operands
of many sizes, with extra weight on limb boundaries (64-bit limbs), the Karatsuba range,
carry-heavy patterns (all-ones limbs) and signs.

Integers are written in hexadecimal ("-1f"), floats as float.hex(), errors as
"!ExceptionName: message".

Usage: python3 tools/gen-bigint-vectors.py
"""
import math
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "unit", "numeric", "bigint_vectors.inc")

SIZES_SMALL = [0, 1, 2, 3, 7, 8, 31, 32, 33, 47, 48, 49, 52, 53, 54, 55, 63, 64, 65, 100, 127, 128, 129,
               191, 192, 193, 255, 256, 257, 300, 500, 640, 1000]
SIZES_LARGE = [2047, 2048, 2049, 3000, 3071, 3072, 3073, 4096, 6000, 8192, 12000]


def h(x):
    return ("-" if x < 0 else "") + format(abs(x), "x")


def c_string(s):
    out = ['"']
    for ch in s.encode("utf-8"):
        if ch in (0x22, 0x5C):
            out.append("\\" + chr(ch))
        elif 0x20 <= ch < 0x7F and ch != 0x3F:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    out.append('"')
    return "".join(out)


def err(e):
    return "!%s: %s" % (type(e).__name__, e)


def rand_int(rng, bits, allow_negative=True):
    if bits == 0:
        return 0
    kind = rng.random()
    if kind < 0.6:
        x = rng.getrandbits(bits) | (1 << (bits - 1))
    elif kind < 0.7:
        x = (1 << bits) - 1  # all ones: carries through every limb
    elif kind < 0.8:
        x = 1 << (bits - 1)
    elif kind < 0.9:
        x = 1 << (bits - 1)
        for _ in range(rng.randint(1, 4)):
            x |= 1 << rng.randrange(bits)
    else:
        # Whole limbs of ones and zeros.
        x = 0
        for i in range(0, bits, 64):
            if rng.random() < 0.5:
                x |= ((1 << 64) - 1) << i
        x &= (1 << bits) - 1
        x |= 1 << (bits - 1)
    if allow_negative and rng.random() < 0.5:
        x = -x
    return x


def pick_size(rng, large_weight=0.15):
    if rng.random() < large_weight:
        return rng.choice(SIZES_LARGE)
    return rng.choice(SIZES_SMALL)


def binary_cases(rng):
    cases = []

    def add_case(op, a, b):
        try:
            if op == "add":
                r = h(a + b)
            elif op == "sub":
                r = h(a - b)
            elif op == "mul":
                r = h(a * b)
            elif op == "floordiv":
                r = h(a // b)
            elif op == "mod":
                r = h(a % b)
            elif op == "divmod":
                q, m = divmod(a, b)
                r = h(q) + ";" + h(m)
            elif op == "truediv":
                r = (a / b).hex()
            elif op == "and":
                r = h(a & b)
            elif op == "or":
                r = h(a | b)
            elif op == "xor":
                r = h(a ^ b)
            elif op == "lshift":
                r = h(a << b)
            elif op == "rshift":
                r = h(a >> b)
            elif op == "pow":
                r = h(a ** b)
            elif op == "compare":
                r = str((a > b) - (a < b))
            elif op == "gcd":
                r = h(math.gcd(a, b))
            else:
                raise AssertionError(op)
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            r = err(e)
        cases.append((op, h(a), h(b), r))

    arith = ["add", "sub", "mul", "floordiv", "mod", "divmod", "truediv", "and", "or", "xor", "compare", "gcd"]
    for _ in range(2400):
        op = rng.choice(arith)
        large = 0.1 if op in ("mul", "floordiv", "mod", "divmod", "gcd") else 0.03
        a = rand_int(rng, pick_size(rng, large))
        b = rand_int(rng, pick_size(rng, large))
        if op in ("floordiv", "mod", "divmod", "truediv") and rng.random() < 0.3:
            # Quotients of every size, including one limb and exact divisions.
            b = rand_int(rng, pick_size(rng, 0.1))
            a = b * rand_int(rng, pick_size(rng, 0.05)) + (rng.choice([0, 1, -1, rand_int(rng, 20)]))
        add_case(op, a, b)
    # Zeros and ones against everything.
    for op in arith:
        for v in (0, 1, -1, (1 << 64) - 1, -(1 << 64), 1 << 64):
            other = rand_int(rng, pick_size(rng, 0.05))
            add_case(op, v, other)
            add_case(op, other, v)
    # Knuth D corner cases (scaled to 64-bit limbs): quotient estimates off by two and
    # the rare add-back step.
    B = 1 << 64
    top, ones, half = (1 << 63), B - 1, (1 << 63) - 1
    knuth = [
        ((half * B + top) * B * B, (top * B) * B + 1),
        ((ones * B + ones) * B * B + 1, (ones * B + ones)),
        (top * B ** 3 + 3, top * B + 1),
        ((top - 1) * B ** 4 + B ** 2, top * B ** 2 + ones),
        (B ** 6 - 1, B ** 3 - 1),
        (B ** 6, B ** 3 - 1),
        ((B ** 4 - 1) * (B ** 2 - 1), B ** 2 - 1),
        (0x7FFF800000000000 * B ** 3, 0x800000000001 * B ** 2),
    ]
    for a, b in knuth:
        for sa in (1, -1):
            for sb in (1, -1):
                for op in ("floordiv", "mod", "divmod", "truediv"):
                    add_case(op, sa * a, sb * b)
    # True division near the float range's ends, and exact halfway roundings.
    for _ in range(300):
        a = rand_int(rng, rng.randint(1, 1200))
        b = rand_int(rng, rng.randint(1, 1200))
        add_case("truediv", a, b)
    for k in (1020, 1023, 1024, 1025, 1074, 1075, 1076, 1100):
        add_case("truediv", 1 << (k + 60), 1 << 60)
        add_case("truediv", (1 << (k + 60)) - 1, 1 << 60)
        add_case("truediv", 1 << 60, 1 << (k + 60))
        add_case("truediv", 3 << 60, 1 << (k + 61))
        add_case("truediv", (1 << 54) + 1, 1 << k)
        add_case("truediv", (1 << 54) + 3, 1 << k)
    for m in range(1, 40):
        add_case("truediv", (1 << 53) + m, 1 << rng.randint(0, 5))
        add_case("truediv", ((1 << 53) + m) << 70, 1 << 70)
    # Shifts: counts around limb boundaries, negative values (floor), negative counts.
    for _ in range(500):
        a = rand_int(rng, pick_size(rng, 0.05))
        n = rng.choice([0, 1, 2, 31, 32, 63, 64, 65, 127, 128, 129, 200, 1000, rng.randint(0, 3000)])
        add_case(rng.choice(["lshift", "rshift"]), a, n)
    for a in (1, -1, 5, -5, 0, (1 << 64) - 1):
        add_case("lshift", a, -1)
        add_case("rshift", a, -3)
        add_case("rshift", a, 1 << 70)
        add_case("rshift", -(1 << 100) - 1, 1 << 70)
    add_case("lshift", 1, 1 << 70)
    add_case("lshift", 0, 1 << 70)
    # Powers.
    for _ in range(300):
        a = rand_int(rng, rng.choice([1, 2, 3, 5, 8, 33, 64, 65, 100, 200]))
        e = rng.choice([0, 1, 2, 3, 7, 16, 31, 64, 65, 100, rng.randint(0, 400)])
        add_case("pow", a, e)
    for a in (0, 1, -1, 2, -2, 10, -10, 3, 12):
        for e in (0, 1, 2, 63, 64, 65, 200):
            add_case("pow", a, e)
    return cases


def unary_cases(rng):
    cases = []

    def add_case(op, a):
        try:
            if op == "neg":
                r = h(-a)
            elif op == "invert":
                r = h(~a)
            elif op == "abs":
                r = h(abs(a))
            elif op == "bit_length":
                r = h(a.bit_length())
            elif op == "bit_count":
                r = h(a.bit_count())
            elif op == "hash":
                r = h(hash(a))
            elif op == "str":
                r = str(a)
            elif op == "float":
                r = float(a).hex()
            elif op == "isqrt":
                r = h(math.isqrt(a))
            elif op in ("b", "o", "x", "X", "d"):
                r = format(abs(a), op)
            elif op == "bool_fits_int64":
                r = "1" if -(1 << 63) <= a < (1 << 63) else "0"
            else:
                raise AssertionError(op)
        except (ValueError, OverflowError) as e:
            r = err(e)
        cases.append((op, h(a), r))

    ops = ["neg", "invert", "abs", "bit_length", "bit_count", "hash", "str", "float", "isqrt",
           "b", "o", "x", "X", "d", "bool_fits_int64"]
    for _ in range(1600):
        op = rng.choice(ops)
        a = rand_int(rng, pick_size(rng, 0.04))
        if op == "isqrt" and rng.random() < 0.5:
            r = rand_int(rng, pick_size(rng, 0.1), False)
            a = r * r + rng.choice([-1, 0, 1, 2 * r, 2 * r + 1])
            a = max(a, 0)
        add_case(op, a)
    specials = [0, 1, -1, 2 ** 63 - 1, -(2 ** 63), 2 ** 63, -(2 ** 63) - 1, 2 ** 64 - 1, 2 ** 64,
                2 ** 61 - 1, 2 ** 61, 2 ** 61 - 2, -(2 ** 61 - 1), 2 ** 122 - 1, -(2 ** 61) + 1,
                (2 ** 61 - 1) * 12345, -((2 ** 61 - 1) * 7) - 1, 2 ** 1024, 2 ** 1024 - 1,
                2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024 - 2 ** 970 - 1, 2 ** 53 + 1,
                2 ** 54 + 2, 2 ** 54 + 6, 2 ** 65 + 2 ** 12, 2 ** 65 + 2 ** 12 + 1, 2 ** 65 + 3 * 2 ** 12]
    for a in specials:
        for op in ops:
            add_case(op, a)
            add_case(op, -a)
    # Decimal strings around the default limit (no limit here: str is checked apart).
    return cases


def parse_cases(rng):
    cases = []

    def add_case(text, base, limit=4300):
        sys.set_int_max_str_digits(limit)
        try:
            r = h(int(text, base))
        except ValueError as e:
            r = err(e)
        sys.set_int_max_str_digits(4300)
        cases.append((text, len(text.encode("utf-8")), base, limit, r))

    fixed = ["0", "-0", "+0", "00", "000", "0_0", "0__0", "01", "0_1", "1", "-1", "+1", "--1", "+-1", "",
             " ", "  12  ", "\t\n\v\f\r12\r\n", "1 2", "12x", "x", "_1", "1_", "1__2", "1_2_3", "0x", "0x_",
             "0x_1f", "0x__1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "0b", "0b2", "0o8", "0x1g",
             "-0x1f", "- 1", "1\x002", "\x00", "é", "1é", "12" * 150 + "x", "0" * 50 + "1", "0b_1_0",
             "ff", "FF", "zz", "ZZ", "1e5", "1.0", "0_", "_", "0x1_f", "+_1"]
    for text in fixed:
        for base in (0, 2, 8, 10, 16, 36):
            add_case(text, base)
    # Random valid numbers in every base, with underscores, case, signs and spaces.
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    for _ in range(700):
        base = rng.randint(2, 36)
        n = rand_int(rng, pick_size(rng, 0.05), False)
        s = ""
        while True:
            s = digits[n % base] + s
            n //= base
            if n == 0:
                break
        chars = []
        for i, ch in enumerate(s):
            if i and rng.random() < 0.05:
                chars.append("_")
            chars.append(ch.upper() if rng.random() < 0.3 else ch)
        text = "".join(chars)
        prefix = {2: "0b", 8: "0o", 16: "0x"}.get(base)
        use_base = base
        if prefix and rng.random() < 0.5:
            text = prefix + ("_" if rng.random() < 0.2 else "") + text
            if rng.random() < 0.5:
                use_base = 0
        text = rng.choice(["", "-", "+"]) + text
        text = rng.choice(["", " ", "\t"]) + text + rng.choice(["", " ", "\n"])
        if rng.random() < 0.1:
            pos = rng.randrange(len(text) + 1)
            text = text[:pos] + rng.choice("_ x.-") + text[pos:]
        add_case(text, use_base)
    # The digit limit: counted without underscores or sign, leading zeros included,
    # checked before trailing garbage, never for power-of-two bases.
    for text in ["1" * 4300, "1" * 4301, "-" + "0" * 4300 + "1", "1_" * 3000 + "1", "1" * 5000 + "x",
                 "1" * 5000 + "__1", "0" * 5000, "1" * 640, "z" * 5000]:
        add_case(text, 10)
    add_case("z" * 5000, 36)
    add_case("f" * 5000, 16)
    add_case("0x" + "f" * 5000, 0)
    add_case("1" * 5000, 2)
    add_case("7" * 5000, 8)
    add_case("0" * 5000, 0)
    add_case("1" * 1001, 10, 1000)
    add_case("1" * 1000, 10, 1000)
    add_case("1" * 20000, 10, 0)
    add_case("9" * 30000, 10, 0)
    add_case("1" * 20000, 7, 0)
    return cases


def str_limit_cases():
    cases = []
    for a, limit in [(10 ** 4300, 4300), (10 ** 4300 - 1, 4300), (-(10 ** 4300 - 1), 4300), (-(10 ** 4300), 4300),
                     (10 ** 5000, 4300), (7 ** 6000, 4300), (10 ** 1000, 1000), (10 ** 999, 1000), (10 ** 6000, 0),
                     (2 ** 14000, 4300), (2 ** 14285, 4300), (2 ** 14284, 4300), (2 ** 14300, 4300)]:
        sys.set_int_max_str_digits(limit)
        try:
            r = str(a)
        except ValueError as e:
            r = err(e)
        sys.set_int_max_str_digits(4300)
        cases.append((h(a), limit, r))
    return cases


def bytes_cases(rng):
    to_cases, from_cases = [], []
    for _ in range(500):
        a = rand_int(rng, pick_size(rng, 0.02))
        need = (a.bit_length() + 8) // 8
        length = max(0, need + rng.choice([-2, -1, 0, 0, 1, 3]))
        little = rng.random() < 0.5
        signed = rng.random() < 0.6
        try:
            r = a.to_bytes(length, "little" if little else "big", signed=signed).hex()
        except OverflowError as e:
            r = err(e)
        to_cases.append((h(a), length, little, signed, r))
    for a in (0, -1, 1, 127, 128, -128, -129, 255, 256, -(1 << 63), (1 << 64) - 1, -(1 << 64)):
        for length in (0, 1, 2, 8, 9):
            for signed in (False, True):
                try:
                    r = a.to_bytes(length, "big", signed=signed).hex()
                except OverflowError as e:
                    r = err(e)
                to_cases.append((h(a), length, False, signed, r))
    for _ in range(400):
        n = rng.choice([0, 1, 2, 7, 8, 9, 15, 16, 17, rng.randint(0, 200)])
        data = bytes(rng.choice([0, 0xFF, 0x80, 0x7F, rng.randrange(256)]) for _ in range(n))
        little = rng.random() < 0.5
        signed = rng.random() < 0.5
        r = int.from_bytes(data, "little" if little else "big", signed=signed)
        from_cases.append((data.hex(), little, signed, h(r)))
    return to_cases, from_cases


def pow_mod_cases(rng):
    cases = []

    def add_case(a, e, m):
        try:
            r = h(pow(a, e, m))
        except ValueError as ex:
            r = err(ex)
        cases.append((h(a), h(e), h(m), r))

    for _ in range(400):
        a = rand_int(rng, pick_size(rng, 0.02))
        e = rand_int(rng, rng.choice([0, 1, 2, 5, 17, 63, 64, 65, 100, 300]))
        m = rand_int(rng, rng.choice([1, 2, 3, 8, 64, 65, 128, 200, 500, 1000, 2100]))
        if m == 0:
            m = 7
        add_case(a, e, m)
    for a in (0, 1, -1, 2, 3, 4, -3, 10):
        for e in (0, 1, -1, -2, 5, -5):
            for m in (0, 1, -1, 2, -2, 7, -7, 12, -12, 1 << 64, (1 << 61) - 1):
                add_case(a, e, m)
    return cases


def double_cases(rng):
    from_cases, cmp_cases = [], []
    floats = [0.0, -0.0, 0.5, -0.5, 1.0, -1.9, 2.0 ** 52 + 0.5, 2.0 ** 53, 2.0 ** 63, -(2.0 ** 63),
              2.0 ** 63 - 1024, 2.0 ** 64, 1.5 * 2 ** 64, 1e300, -1e300, 1.7976931348623157e308, 5e-324,
              float("inf"), float("-inf"), float("nan"), 123456789.987, -9007199254740993.0]
    for _ in range(200):
        floats.append(rng.choice([1, -1]) * rng.random() * 2.0 ** rng.randint(-10, 1023))
    for f in floats:
        try:
            r = h(int(f))
        except (ValueError, OverflowError) as e:
            r = err(e)
        from_cases.append((f.hex(), r))
    for _ in range(400):
        a = rand_int(rng, pick_size(rng, 0.02))
        kind = rng.random()
        if kind < 0.3 and abs(a) < 2 ** 1000:
            f = float(a)
        elif kind < 0.5 and abs(a) < 2 ** 1000:
            f = math.nextafter(float(a), rng.choice([math.inf, -math.inf]))
        else:
            f = rng.choice([1, -1]) * rng.random() * 2.0 ** rng.randint(-5, 1023)
        cmp_cases.append((h(a), f.hex(), str((a > f) - (a < f))))
    for a in (0, 1, -1, 2 ** 1024, -(2 ** 1024), 2 ** 53 + 1, 2 ** 64):
        for f in (float("inf"), float("-inf"), 0.0, -0.0, 0.5, -0.5, 2.0 ** 53, 2.0 ** 64, 1.5):
            cmp_cases.append((h(a), f.hex(), str((a > f) - (a < f))))
    return from_cases, cmp_cases


def main():
    rng = random.Random(20240611)
    sys.set_int_max_str_digits(0)
    binary = binary_cases(rng)
    unary = unary_cases(rng)
    sys.set_int_max_str_digits(4300)
    parse = parse_cases(rng)
    limits = str_limit_cases()
    to_bytes, from_bytes = bytes_cases(rng)
    pow_mod = pow_mod_cases(rng)
    from_double, cmp_double = double_cases(rng)
    lines = ["// Generated by tools/gen-bigint-vectors.py from CPython %s: do not edit." % sys.version.split()[0],
             "// Integers in hex (\"-1f\"), floats as float.hex(), errors as \"!Name: message\"."]
    def table(name, rows):
        lines.append("static const %s[] = {" % name)
        for row in rows:
            cells = []
            for cell in row:
                if isinstance(cell, bool):
                    cells.append("true" if cell else "false")
                elif isinstance(cell, int):
                    cells.append(str(cell))
                else:
                    cells.append(c_string(cell))
            lines.append("    {%s}," % ", ".join(cells))
        lines.append("};")
    table("BinaryCase kBinaryCases", binary)
    table("UnaryCase kUnaryCases", unary)
    table("ParseCase kParseCases", parse)
    table("StrLimitCase kStrLimitCases", limits)
    table("ToBytesCase kToBytesCases", to_bytes)
    table("FromBytesCase kFromBytesCases", from_bytes)
    table("PowModCase kPowModCases", pow_mod)
    table("FromDoubleCase kFromDoubleCases", from_double)
    table("CompareDoubleCase kCompareDoubleCases", cmp_double)
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s (%d bytes)" % (os.path.relpath(OUT, ROOT), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
