# builtins: ord chr roundtrip (Glasspy conformance test)
text = "Glasspy \u00e9\u20ac\U0001f40d"
codes = [ord(c) for c in text]
print(codes)
print("".join(chr(c) for c in codes) == text)
print([hex(c) for c in codes[-3:]], max(codes), min(codes))
print(sorted(text, key=ord)[-2:] == [chr(0x20ac), chr(0x1f40d)])
print(sum(codes) % 1000, len(text))
