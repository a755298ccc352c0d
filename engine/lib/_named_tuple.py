# A small named-tuple factory for the introspection modules (dis, tokenize) written for
# Glasspy: tuple subclasses with named fields, defaults, _make/_replace/_asdict and
# collections.namedtuple's repr and messages, built without exec().
from operator import itemgetter as _itemgetter


def named_tuple(typename, field_names, *, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(field_names)
    nfields = len(fields)
    default_values = tuple(defaults) if defaults is not None else ()
    first_default = nfields - len(default_values)

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f"{typename}.__new__() takes {nfields + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        missing = []
        for i in range(len(args), nfields):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif i >= first_default:
                values.append(default_values[i - first_default])
            else:
                missing.append(name)
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        if missing:
            quoted = [repr(name) for name in missing]
            if len(quoted) == 1:
                listed = quoted[0]
            elif len(quoted) == 2:
                listed = quoted[0] + ' and ' + quoted[1]
            else:
                listed = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
            plural = 's' if len(missing) > 1 else ''
            raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional "
                            f"argument{plural}: {listed}")
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({parts})'

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f"{typename}({', '.join(fields)})",
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': dict(zip(fields[first_default:], default_values)),
        '__new__': staticmethod(__new__),
        '__repr__': __repr__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(_itemgetter(index), doc=f'Alias for field number {index}')
    result = type(typename, (tuple,), namespace)
    if module is not None:
        result.__module__ = module
    return result
