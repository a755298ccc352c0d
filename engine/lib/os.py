# The os module (frozen stdlib), minimal and host-neutral: constants, os.path (posixpath),
# an environment that starts empty, fspath and PathLike. The engine sees no directories
# or processes, so getcwd() reports the root of the host's file namespace.
import abc as _abc
import sys
import posixpath as path

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name',
           'path', 'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode',
           'get_exec_path', 'fdopen', 'extsep', 'environ', 'getenv', 'getcwd', 'fspath',
           'PathLike', 'sep']
name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
sys.modules['os.path'] = path


class _Environ(dict):
    # The process environment: a plain str -> str mapping (empty at start).
    __module__ = 'os'

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ(%s)' % dict.__repr__(self)


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getcwd():
    return '/'


def getcwdb():
    return b'/'


def get_exec_path(env=None):
    return defpath.split(pathsep)


def fspath(p):
    """Return the file system path representation of the object."""
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    result = method(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(p).__name__, type(result).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""
    __module__ = 'os'

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def strerror(code):
    import errno
    return {2: 'No such file or directory', 13: 'Permission denied', 17: 'File exists',
            21: 'Is a directory', 20: 'Not a directory'}.get(code, 'Unknown error %d' % code)


def cpu_count():
    return 1


def fdopen(fd, *args, **kwargs):
    raise OSError(9, 'Bad file descriptor')
