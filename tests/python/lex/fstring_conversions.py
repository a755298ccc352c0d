# Conversions !r !s !a inside f-strings.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __str__(self):
        return f"{self.celsius}°C"

    def __repr__(self):
        return f"Temperature({self.celsius!r})"


t = Temperature(21.5)
print(f"{t}", f"{t!s}", f"{t!r}", f"{t!a}")
word = "naïve"
print(f"{word!r} {word!s} {word!a}")
print(f"{'tab	here'!r}", f"{3!r:>6}", f"{word!a:^20}|")
