# The typing module (frozen stdlib), enough for annotated tutorial code: special forms
# (Any, Union, Optional, Literal, ...), generic aliases of the built-in containers and ABCs,
# TypeVar, Generic, Protocol, NamedTuple, TypedDict, NewType, cast, overload, get_type_hints.
import collections
import collections.abc
import functools
import sys

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(t) for t in obj)
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """Internal wrapper to hold a forward reference."""
    __module__ = 'typing'

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class _Final:
    __module__ = 'typing'

    def __init_subclass__(cls, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError('Cannot subclass special typing classes')


class _SpecialForm(_Final, _root=True):
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%r cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%r cannot be used with issubclass()' % self)

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _special(getitem):
    return _SpecialForm(getitem.__name__, getitem)


class _GenericAlias(_Final, _root=True):
    # A subscripted generic: List[int], Union[int, str], Stack[T].

    def __init__(self, origin, args, name=None, special=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._special = special
        params = []
        for a in self.__args__:
            for p in (a,) if isinstance(a, TypeVar) else getattr(a, '__parameters__', ()):
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        name = self._name
        if name is None:
            name = _type_repr(self.__origin__)
        else:
            name = 'typing.' + name
        if self._special == 'Optional':
            return 'typing.Optional[%s]' % _type_repr(self.__args__[0])
        args = self.__args__
        if self._special == 'Callable' and args[0] is not ...:
            return '%s[[%s], %s]' % (name, ', '.join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))
        if self._special == 'Callable':
            return '%s[..., %s]' % (name, _type_repr(args[-1]))
        if args == ():
            return '%s[()]' % name
        return '%s[%s]' % (name, ', '.join(_type_repr(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % self)
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > len(self.__parameters__) else 'few',
                               self, len(params), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, params))

        def sub(a):
            if isinstance(a, TypeVar):
                return subst.get(a, a)
            if isinstance(a, _GenericAlias) and a.__parameters__:
                return a[tuple(subst.get(p, p) for p in a.__parameters__)]
            return a
        args = tuple(sub(a) for a in self.__args__)
        if self.__origin__ is Union:
            return Union[args]
        return _GenericAlias(self.__origin__, args, self._name, self._special)

    def __call__(self, *args, **kwargs):
        if self._name is not None and self.__origin__ is not None and self._special is None \
                and self.__origin__.__module__ == 'builtins':
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            for b in bases:
                if b is not self and isinstance(b, _GenericAlias) and issubclass(b.__origin__, Generic):
                    return ()
            return (origin,)
        return (origin,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialGenericAlias(_Final, _root=True):
    # An unsubscripted alias of a container: typing.List, typing.Dict.

    def __init__(self, origin, nparams, name, special=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._special = special

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special == 'Tuple':
            return _GenericAlias(tuple, params, 'Tuple')
        if self._special == 'Callable':
            args, result = params
            if args is ...:
                return _GenericAlias(self.__origin__, (..., result), 'Callable', 'Callable')
            if not isinstance(args, (list, tuple)):
                raise TypeError('Callable[args, result]: args must be a list. Got %s' % _type_repr(args))
            return _GenericAlias(self.__origin__, tuple(args) + (result,), 'Callable', 'Callable')
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return _GenericAlias(self.__origin__, tuple(_type_check(p, '') for p in params), self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__.__module__ == 'builtins':
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


@_special
def Any(self, parameters):
    raise TypeError('%r is not subscriptable' % self)


@_special
def NoReturn(self, parameters):
    raise TypeError('%r is not subscriptable' % self)


Never = _SpecialForm('Never', NoReturn._getitem)
Self = _SpecialForm('Self', NoReturn._getitem)
LiteralString = _SpecialForm('LiteralString', NoReturn._getitem)
TypeAlias = _SpecialForm('TypeAlias', NoReturn._getitem)


@_special
def Union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        elif type(p) is type(int | str):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    special = 'Optional' if len(flat) == 2 and flat[1] is _NoneType else None
    return _GenericAlias(Union, tuple(flat), 'Union', special)


@_special
def Optional(self, parameters):
    return Union[parameters, None]


def _one_arg_form(name):
    def getitem(self, parameters):
        return _GenericAlias(self, (_type_check(parameters, ''),), name)
    return _SpecialForm(name, getitem)


ClassVar = _one_arg_form('ClassVar')
Final = _one_arg_form('Final')
TypeGuard = _one_arg_form('TypeGuard')
Required = _one_arg_form('Required')
NotRequired = _one_arg_form('NotRequired')
Unpack = _one_arg_form('Unpack')


@_special
def Literal(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, 'Literal')


@_special
def Concatenate(self, parameters):
    return _GenericAlias(self, parameters, 'Concatenate')


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Add context-specific metadata to a type."""
    __module__ = 'typing'

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        return _AnnotatedAlias(params[0], tuple(params[1:]))


class TypeVar(_Final, _root=True):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            self.__module__ = '__main__'

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar, _root=True):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


class TypeVarTuple(_Final, _root=True):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


class Generic:
    """Abstract base class for generic types."""
    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to %s[...] must all be type variables or parameter '
                                    'specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
            return _GenericAlias(cls, params)
        return _subscript_generic(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        cls.__parameters__ = tuple(params)


def _subscript_generic(cls, params):
    expected = getattr(cls, '__parameters__', ())
    if not expected:
        raise TypeError('%s is not a generic class' % _type_repr(cls))
    if len(params) != len(expected):
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if len(params) > len(expected) else 'few', _type_repr(cls),
                           len(params), len(expected)))
    return _GenericAlias(cls, tuple(_type_check(p, '') for p in params))


class _ProtocolMeta(type(collections.abc.Iterable)):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False) and cls is not Protocol:
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
            return True
        return super().__instancecheck__(instance)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(getattr(base, '__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol',
                    '_is_runtime_protocol', '__dict__', '__args__', '__slots__', '__next_in_mro__',
                    '__parameters__', '__origin__', '__orig_bases__', '__extra__', '__tree_hash__',
                    '__doc__', '__subclasshook__', '__init__', '__new__', '__module__', '_MutableMapping__marker',
                    '_gorg', '__qualname__', '__firstlineno__'):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, nparams, name=None, special=None):
    return _SpecialGenericAlias(origin, nparams, name or origin.__name__, special)


_abc = collections.abc
List = _alias(list, 1, 'List')
Dict = _alias(dict, 2, 'Dict')
Set = _alias(set, 1, 'Set')
FrozenSet = _alias(frozenset, 1, 'FrozenSet')
Tuple = _alias(tuple, -1, 'Tuple', 'Tuple')
Type = _alias(type, 1, 'Type')
Callable = _alias(_abc.Callable, 2, 'Callable', 'Callable')
Deque = _alias(collections.deque, 1, 'Deque')
DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(collections.Counter, 1, 'Counter')
ChainMap = _alias(collections.ChainMap, 2, 'ChainMap')
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Generator = _alias(_abc.Generator, 3)
Reversible = _alias(_abc.Reversible, 1)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
AbstractSet = _alias(_abc.Set, 1, 'AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
MappingView = _alias(_abc.MappingView, 1)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Hashable = _alias(_abc.Hashable, 0)
Sized = _alias(_abc.Sized, 0)
Text = str
ByteString = _alias(_abc.ByteString, 0) if hasattr(_abc, 'ByteString') else bytes


class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs):
    _p._is_runtime_protocol = True


def cast(typ, val):
    """Cast a value to a type."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj):
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. A series of '
                                  '@overload-decorated functions outside a stub module should '
                                  'always be followed by an implementation that is not @overload-ed.')
    key = getattr(func, '__qualname__', None)
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""
    __module__ = 'typing'

    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        origin = tp.__origin__
        return origin
    if tp is Generic:
        return Generic
    if type(tp) is type(int | str):
        import types
        return types.UnionType
    if type(tp) is type(list[int]):
        return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._special == 'Callable' and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if type(tp) in (type(int | str), type(list[int])):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return _eval_hint(value._evaluate(globalns, localns), globalns, localns)
    return value


def _strip_annotated(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotated(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__), '__dict__', {})
            else:
                base_globals = globalns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, dict(vars(base)) if localns is None else localns)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, type(sys)) or callable(obj):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        if globalns is None:
            if isinstance(obj, type(sys)):
                globalns = obj.__dict__
            else:
                globalns = getattr(obj, '__globals__', {})
        for name, value in ann.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if not include_extras:
        hints = {k: _strip_annotated(t) for k, t in hints.items()}
    return hints


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        defaults = [n for n in types if n in ns]
        for name in types:
            if name not in ns and defaults and list(types).index(name) > list(types).index(defaults[0]):
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (name, 's' if len(defaults) > 1 else '', ', '.join(defaults)))
        nm_tpl = collections.namedtuple(typename, list(types),
                                        defaults=[ns[n] for n in defaults], module=ns['__module__'])
        nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types)
        for key in ns:
            if key in ('__module__', '__qualname__', '__annotations__', '_fields', '_field_defaults',
                       '_make', '_replace', '_asdict', '_source'):
                continue
            if key not in types:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    types = {n: t for n, t in fields}
    module = sys._getframe(1).f_globals.get('__name__', '__main__')
    nm_tpl = collections.namedtuple(typename, list(types), module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key, value in own.items():
            origin = getattr(value, '__origin__', None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    ns['__module__'] = sys._getframe(1).f_globals.get('__name__', '__main__')
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
