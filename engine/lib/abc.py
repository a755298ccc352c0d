"""Abstract Base Classes (ABCs) according to PEP 3119."""
# Glasspy's abc, written for Glasspy: ABCMeta keeps, per class, a registry of virtual
# subclasses, a positive cache and a negative cache invalidated by a global counter.


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated: use classmethod and
    abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""

    __isabstractmethod__ = True


# Bumped by every register(): negative caches older than it are stale.
_invalidation_counter = 0

# collections.abc marks Sequence and Mapping (and what they register) so that `case [...]`
# and `case {...}` accept their instances, as CPython's __abc_tpflags__.
_COLLECTION_FLAGS = {1 << 5: 'sequence', 1 << 6: 'mapping'}

try:
    from _abc import _set_match_flag
except ImportError:
    def _set_match_flag(cls, kind):
        pass


class _AbcData:
    # What ABCMeta keeps for one class (CPython's _abc_impl).

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version',
                 'subclasses', 'match_kind')

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter
        self.subclasses = []
        self.match_kind = None


def get_cache_token():
    """Returns the current ABC cache token."""
    return _invalidation_counter


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items
                 if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        data = _AbcData()
        type.__setattr__(cls, '_abc_impl', data)
        flags = namespace.get('__abc_tpflags__')
        if flags is not None:
            kind = _COLLECTION_FLAGS.get(flags & ((1 << 5) | (1 << 6)))
            if kind is not None:
                data.match_kind = kind
                _set_match_flag(cls, kind)
            try:
                type.__delattr__(cls, '__abc_tpflags__')
            except AttributeError:
                pass
        for base in bases:
            impl = base.__dict__.get('_abc_impl') if isinstance(base, ABCMeta) else None
            if impl is not None:
                impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        data = cls._abc_impl
        data.registry.append(subclass)
        _invalidation_counter += 1
        kind = data.match_kind
        if kind is None:
            for klass in cls.__mro__:
                impl = klass.__dict__.get('_abc_impl')
                if impl is not None and impl.match_kind is not None:
                    kind = impl.match_kind
                    break
        if kind is not None:
            _set_match_flag(subclass, kind)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (data.negative_version == _invalidation_counter
                    and subclass in data.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        if data.negative_version < _invalidation_counter:
            data.negative_cache = set()
            data.negative_version = _invalidation_counter
        elif subclass in data.negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, "
                                     "or NotImplemented")
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            data.cache.add(subclass)
            return True
        for rcls in data.registry:
            if issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        for scls in data.subclasses:
            if issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        data = cls._abc_impl
        print(f"_abc_registry: {set(data.registry)!r}", file=file)
        print(f"_abc_cache: {data.cache!r}", file=file)
        print(f"_abc_negative_cache: {data.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {data.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        data = cls._abc_impl
        data.cache.clear()
        data.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
