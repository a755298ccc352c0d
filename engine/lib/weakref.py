"""Weak references and weak containers (Glasspy's own implementation over _weakref).

WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose referents die;
while they are being iterated, removals wait until the iteration ends.
"""

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, ReferenceType, ProxyType,
                      CallableProxyType, _remove_dead_weakref)

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method that does not keep the method's object alive."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not " + str(type(meth))) from None

        def on_death(arg):
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under (WeakValueDictionary)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class _Guarded:
    # Iteration bookkeeping shared by the weak containers: removals reported by weakref
    # callbacks while an iteration runs are applied when the last iteration ends.

    def _enter(self):
        self._iterating += 1

    def _leave(self):
        self._iterating -= 1
        if self._iterating == 0 and self._pending:
            self._commit_removals()


def _self_ref_callback(container_ref, action):
    def callback(wr):
        container = container_ref()
        if container is None:
            return
        if container._iterating:
            container._pending.append(wr)
        else:
            action(container, wr)
    return callback


class WeakValueDictionary(_Guarded):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._pending = []
        self._iterating = 0
        self._remove = _self_ref_callback(ref(self), lambda d, wr: _remove_dead_weakref(d.data, wr.key))
        self.update(other, **kw)

    def _commit_removals(self):
        pending, self._pending = self._pending, []
        for wr in pending:
            _remove_dead_weakref(self.data, wr.key)

    def __getitem__(self, key):
        if self._pending:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        if self._pending:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._enter()
        try:
            for k, wr in list(self.data.items()):
                v = wr()
                if v is not None:
                    yield k, v
        finally:
            self._leave()

    def keys(self):
        self._enter()
        try:
            for k, wr in list(self.data.items()):
                if wr() is not None:
                    yield k
        finally:
            self._leave()

    __iter__ = keys

    def values(self):
        self._enter()
        try:
            for wr in list(self.data.values()):
                v = wr()
                if v is not None:
                    yield v
        finally:
            self._leave()

    def itervaluerefs(self):
        yield from self.valuerefs()

    def valuerefs(self):
        if self._pending:
            self._commit_removals()
        return list(self.data.values())

    def popitem(self):
        if self._pending:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending:
            self._commit_removals()
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self.data[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            self.data[key] = KeyedRef(o, self._remove, key)

    def clear(self):
        self._pending = []
        self.data.clear()

    def __eq__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_Guarded):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._pending = []
        self._iterating = 0
        self._remove = _self_ref_callback(ref(self), WeakKeyDictionary._drop)
        if dict is not None:
            self.update(dict)

    def _drop(self, wr):
        try:
            del self.data[wr]
        except KeyError:
            pass

    def _commit_removals(self):
        pending, self._pending = self._pending, []
        for wr in pending:
            self._drop(wr)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._pending:
            self._commit_removals()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._enter()
        try:
            for wr, value in list(self.data.items()):
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._leave()

    def keys(self):
        self._enter()
        try:
            for wr in list(self.data):
                obj = wr()
                if obj is not None:
                    yield obj
        finally:
            self._leave()

    __iter__ = keys

    def values(self):
        self._enter()
        try:
            for wr, value in list(self.data.items()):
                if wr() is not None:
                    yield value
        finally:
            self._leave()

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._pending = []
        self.data.clear()

    def __eq__(self, other):
        if isinstance(other, (dict, WeakKeyDictionary)):
            return type({})(self.items()) == type({})(other.items())
        return NotImplemented


class WeakSet(_Guarded):
    # A set whose members are held weakly: a member goes when it dies.

    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        self._iterating = 0
        self._remove = _self_ref_callback(ref(self), lambda s, wr: s.data.discard(wr))
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending, self._pending = self._pending, []
        for wr in pending:
            self.data.discard(wr)

    def __iter__(self):
        self._enter()
        try:
            for wr in list(self.data):
                item = wr()
                if item is not None:
                    yield item
        finally:
            self._leave()

    def __len__(self):
        if self._pending:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        if self._pending:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._pending = []
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending:
            self._commit_removals()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def difference(self, other):
        new = self.copy()
        for item in other:
            new.discard(item)
        return new

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class _FinalizeInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj
    dies or when the finalize object is called, whichever comes first."""

    __slots__ = ()
    _registry = {}
    _counter = [0]

    def __init__(self, obj, func, /, *args, **kwargs):
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))
