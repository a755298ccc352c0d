from enum import StrEnum, Enum, auto
class Method(StrEnum):
    GET = auto()
    POST = 'post'
print(Method.GET, repr(Method.GET), Method.POST == 'post', Method.GET.upper(), f'{Method.POST}', list(Method))
class Animal(str, Enum):
    CAT = 'cat'
    DOG = 'dog'
print(Animal.CAT, repr(Animal.DOG), Animal.CAT == 'cat', Animal('dog'))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(e)
