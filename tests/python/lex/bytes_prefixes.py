# Bytes literals with every prefix spelling: b B br bR Br BR rb rB Rb RB.
samples = [
    b'bytes', B"BYTES", b'''triple''', B"""TRIPLE""",
    br'raw \n', bR"raw \t", Br'''raw \x''', BR"""raw \\""",
    rb'raw \n', rB"raw \t", Rb'''raw \0''', RB"""raw \a""",
    b'\x00\x7f\xff', b"\n\t\r", b'\101\102\103', b"tab\there",
]
for s in samples:
    print(len(s), s)
data = b"GLASS" + b"py"
print(data.lower(), data[0], list(data[:3]), data.hex())
print(bytes([72, 105]), b"%d items" % 3, b"abc" < b"abd")
