# Python 3.11 forbids backslashes inside f-string expressions.
words = ["a", "b"]
print(f"{'\n'.join(words)}")
