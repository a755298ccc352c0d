def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in (-5, 0, 3, 9, 10, 99, 100, 12345):
    print(n, classify(n))

x = 7
if x > 5:
    if x % 2:
        print("odd and big")
    else:
        print("even and big")
if not x:
    print("never")
elif x:
    print("truthy")
if []:
    print("empty list is true?")
else:
    print("empty list is false")
if "0":
    print("non-empty string '0' is true")
