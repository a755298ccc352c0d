# typing: the annotations tutorials use, their reprs, Generic classes, Protocol,
# NamedTuple, TypedDict, cast/overload, get_type_hints, get_origin/get_args.
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable, Iterator,
                    List, Literal, NamedTuple, Optional, Protocol, Sequence, Set, Tuple, Type,
                    TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints,
                    overload, runtime_checkable, TYPE_CHECKING, NewType, Annotated, Mapping)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", str, bytes, covariant=True)
print(T, K, V, T.__name__, K.__bound__, V.__constraints__)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(Optional[Union[int, str]], Union[int], Callable[[int], str], Callable[..., int])
print(Tuple[int, ...], Tuple[()], Literal["a", 1], Any, Final[int], ClassVar[List[int]], Type[int])
print(Set[T], Iterable[int], Annotated[int, "x"], FrozenSet[str], Mapping[str, int], Sequence[T])
print(List, Dict, Callable, Optional, Union, Tuple, Iterator, Literal, typing.NoReturn)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]))
print(get_args(Callable[[int], str]), get_origin(int), get_args(int), get_args(Optional[str]))
print(List[int] == List[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(isinstance([], List), issubclass(list, List), TYPE_CHECKING, cast(int, "not checked"))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack.__mro__, s.__orig_class__)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, Point(1), p.norm(), Point._fields, Point.__annotations__, Point._field_defaults)
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "x"), Pair.__annotations__)


class Movie(TypedDict, total=False):
    name: str
    year: int


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, Movie.__total__, sorted(Movie.__optional_keys__))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        print("closed")


print(isinstance(Resource(), Closable), isinstance(42, Closable))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))


def greet(name: str, times: "int" = 1, tag: Optional[str] = None) -> List[str]:
    return [name] * times


print(get_type_hints(greet), greet.__annotations__["times"])


class Config:
    debug: bool
    level: ClassVar[int] = 3
    name: "str"


print(get_type_hints(Config))
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__)
Vector = List[float]


def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]


print(scale(2.0, [1.0, -4.2, 5.4]), Vector)
