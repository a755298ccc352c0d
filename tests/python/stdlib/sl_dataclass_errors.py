from dataclasses import dataclass, field
try:
    @dataclass
    class A:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
for default in ([], {}, set()):
    try:
        @dataclass
        class B:
            items: object = default
    except ValueError as e:
        print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    @dataclass
    class C:
        x = field(default=1)
except TypeError as e:
    print(e)
