from enum import Enum, auto
class Ordinal(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
print(list(Ordinal), [o.value for o in Ordinal])
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    APPLE = auto()
    PEAR = auto()
print(Lower.APPLE.value, list(Lower))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    def describe(self):
        return f'{self.name} is {self.value}'
    @classmethod
    def favorite(cls):
        return cls.HAPPY
    def __str__(self):
        return 'mood ' + self.name.lower()
print(Mood.favorite(), Mood.SAD.describe(), str(Mood.SAD), repr(Mood.SAD), f'{Mood.HAPPY}')
print(dir(Mood.HAPPY))
print(dir(Mood))
