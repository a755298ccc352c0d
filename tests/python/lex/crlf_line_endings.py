# Every line of this file ends with CR LF (Windows line endings).
def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fibonacci(i) for i in range(12)])
text = """a triple-quoted string
spanning CRLF lines"""
print(repr(text))
values = [1,
          2,  # comment before CR LF
          3]
print(sum(values)); total = 1 + \
    2
print(total)
