from dataclasses import dataclass, field
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
vs = [Version(1, 2), Version(0, 9, 'beta'), Version(1, 0), Version(1, 2, 'rc')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) == Version(1, 2, 'x'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(e)
try:
    @dataclass(order=True)
    class Clash:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
