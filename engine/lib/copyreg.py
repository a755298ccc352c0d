"""Registry of reduction functions used by pickle and copy, and the helpers that
object.__reduce_ex__ returns for rebuilding instances."""
# Glasspy's copyreg: dispatch_table (pickle()), the __newobj__ / __newobj_ex__ /
# _reconstructor rebuilders, protocol 0-1 reduction (_reduce_ex), __slots__ discovery
# (_slotnames) and the extension-code registry.

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> reduction function, consulted by copy and pickle before __reduce_ex__.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    # The first class in the MRO that is built in (a class statement's class carries
    # __module__ in its own namespace; built-in types compute it) or has a built-in
    # __new__ of its own: the part of the instance that protocols 0 and 1 rebuild.
    for base in cls.__mro__:
        if "__module__" not in base.__dict__:
            break
        new = base.__new__
        if isinstance(new, _new_type) and new.__self__ is base:
            break
    else:
        base = object
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    args = (cls, base, state)
    has_slots = bool(getattr(self, "__slots__", None))
    try:
        getstate = self.__getstate__
    except AttributeError:
        if has_slots:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ "
                            f"without defining __getstate__ cannot be pickled with protocol {proto}") from None
        instance_dict = getattr(self, "__dict__", None)
    else:
        if has_slots and type(self).__getstate__ is object.__getstate__:
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        instance_dict = getstate()
    if instance_dict:
        return _reconstructor, args, instance_dict
    return _reconstructor, args


def _slotnames(cls):
    """Return the names of the slots of cls and its bases, in MRO order.

    Private names come back mangled, as the slots are stored; __dict__ and
    __weakref__ are left out. The list is cached on the class as __slotnames__.
    """
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                # Private names are stored mangled with the class name.
                if name.startswith("__") and not name.endswith("__"):
                    stripped = klass.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass  # built-in types refuse new attributes: the list is just not cached
    return names


# Extension codes: small integers standing for (module, name) pairs in pickles.
_extension_registry = {}   # (module, name) -> code
_inverted_registry = {}    # code -> (module, name)
_extension_cache = {}      # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
