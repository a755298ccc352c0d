from dataclasses import dataclass, field, KW_ONLY
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Child(Base):
    z: int = 5
    y: int = 9
print(Child(1), Child(1, 2, 3), Child.__match_args__)
@dataclass
class Opts:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1
print(Opts('a', level=3), Opts.__match_args__)
try:
    Opts('a', True)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class All:
    a: int
    b: int = 2
print(All(a=1))
@dataclass
class Plain:
    pass
print(Plain(), Plain() == Plain())
