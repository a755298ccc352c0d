# An unterminated string on the last line, with no newline after it.
print("a")
print("never closed)