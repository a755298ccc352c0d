# Widths count code points, not display cells or bytes.
for s in ("ab", "日本", "e\u0301", "😀", "ß", ""):
    print(f"[{s:>6}] [{s:<6}] [{s:^6}] [{s:*^7}]", len(s), repr("%5s|" % s), repr("%-5s|" % s))
print(f"[{'x':\u2500^9}]", f"[{'y':日>4}]", format("z", "😀<3"), "{:\u00a0>4}".format("w"))
print(f"{12:\u2007>6}", f"{-3.5:é=+10.2f}", f"{255:日^#12x}")
