# Bytes literals: every prefix (b, B, rb, bR, Rb, BR), quote styles, escapes (hex,
# octal, named control characters), implicit concatenation, and their reprs.
print(b"plain", B'upper', rb"raw\n", bR'raw\t', Rb"\x00", BR'''\d''')
print(b"\x00\x7f\x80\xff", b"\101\102\103", b"\n\r\t\v\f\a\b\\")
print(b"adjacent " b'bytes ' b"""concatenate""")
print(b'"double" inside single', b"'single' inside double", b'both \' "')
data = b"hello world"
print(data[0], data[-1], data[:5], data.split(), data.upper(), list(data[:3]))
print(len(b""), bytes(3), bytes([65, 66]), b"%d-%s" % (5, b"x"))
print(b"""multi
line""")
print(b"abc" + bytes(range(97, 100)), b"ab" * 3, b"a" in b"cat")
print(bytearray(b"mutable"), b"\\x41", rb"\x41", b"\x41")
