from enum import Enum, auto
class Light(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()
def next_light(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.YELLOW
        case Light.YELLOW:
            return Light.RED
state = Light.RED
for _ in range(4):
    print(state.name, end=' ')
    state = next_light(state)
print()
print({light: light.value * 10 for light in Light})
print(sorted(Light, key=lambda l: l.name), Light.RED.value)
