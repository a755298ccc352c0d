# Method frames show the function name only (not the class), plus __init__ and properties.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    @property
    def celsius(self):
        return self.kelvin - 273.15
    def describe(self):
        return f"{self.celsius:.1f} C"

print(Temperature(300).describe())
Temperature("warm").describe()
