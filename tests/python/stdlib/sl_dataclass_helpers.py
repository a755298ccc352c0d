from dataclasses import dataclass, field, asdict, astuple, fields, is_dataclass, replace
@dataclass
class Address:
    city: str
    zip: str = '00000'
@dataclass
class Person:
    name: str
    address: Address
    phones: list = field(default_factory=list)
    nick: str = field(default='', repr=False)
p = Person('Ann', Address('Oslo'), ['123'])
print(p)
print(asdict(p))
print(astuple(p))
print([(f.name, f.type, f.repr) for f in fields(p)])
print(is_dataclass(p), is_dataclass(Person), is_dataclass(3), is_dataclass(dict))
q = replace(p, name='Bob')
print(q, q.address is p.address)
d = asdict(p)
d['phones'].append('x')
print(p.phones)
try:
    asdict(3)
except TypeError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
