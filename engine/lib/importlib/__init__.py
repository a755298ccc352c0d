# The importlib module (frozen stdlib): import_module and reload over the VM's import
# system (builtins.__import__ and sys.modules).
import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']
__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import "
                            "for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    """Reload the module and return it."""
    name = getattr(module, '__name__', None)
    if not isinstance(module, type(sys)) or name is None:
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    if name in ('sys', 'builtins'):
        return module
    del sys.modules[name]
    try:
        fresh = __import__(name, fromlist=['*'])
        fresh = sys.modules.get(name, fresh)
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(fresh.__dict__)
    sys.modules[name] = module
    return module
