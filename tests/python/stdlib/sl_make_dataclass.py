from dataclasses import make_dataclass, field, fields
Pt = make_dataclass('Pt', [('x', int), ('y', int, field(default=0))])
print(Pt(1), Pt(1, 2), [f.name for f in fields(Pt)])
Named = make_dataclass('Named', ['a', ('b', str)], namespace={'hello': lambda self: 'hi ' + str(self.a)})
print(Named(1, 'b').hello())
F = make_dataclass('F', [('v', int)], frozen=True, order=True)
print(sorted([F(3), F(1)]))
