# os.path for POSIX paths (frozen stdlib): pure string operations, plus exists/isfile
# answered through open() (the host's files); directories are not visible to the engine.
import os

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'exists', 'lexists', 'isdir', 'isfile',
           'islink', 'ismount', 'expanduser', 'expandvars', 'normpath', 'abspath',
           'samefile', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath']
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _seps(p):
    return (b'/', b'.', b'') if isinstance(p, bytes) else ('/', '.', '')


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    slash = _seps(a)[0]
    path = a
    for b in p:
        if isinstance(b, (str, bytes)) or hasattr(b, '__fspath__'):
            b = os.fspath(b)
        if not isinstance(b, type(a)):
            if isinstance(b, (str, bytes)):
                raise TypeError("Can't mix strings and bytes in path components")
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % type(b).__name__)
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    slash, dot, empty = _seps(p)
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, empty


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def normpath(path):
    path = os.fspath(path)
    slash, dot, empty = _seps(path)
    if path == empty:
        return dot
    dotdot = dot + dot
    initial = 0
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for comp in path.split(slash):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = slash * initial + slash.join(parts)
    return result or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwd() if isinstance(path, str) else os.getcwdb()
        path = join(cwd, path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    path = os.fspath(path)
    if not path:
        raise ValueError('no path specified')
    slash, dot, empty = _seps(path)
    if start is None:
        start = dot
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dot + dot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    slash, dot, empty = _seps(paths[0])
    split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    absolute = set(p.startswith(slash) for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    common = commonprefix(split_paths)
    prefix = slash if paths[0].startswith(slash) else empty
    return prefix + slash.join(common)


def expanduser(path):
    return os.fspath(path)


def expandvars(path):
    path = os.fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                end = path.find('}', i + 2)
                if end >= 0:
                    name = path[i + 2:end]
                    if name in os.environ:
                        out.append(os.environ[name])
                    else:
                        out.append(path[i:end + 1])
                    i = end + 1
                    continue
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            if name and name in os.environ:
                out.append(os.environ[name])
                i = j
                continue
            out.append(path[i:j])
            i = j if j > i + 1 else i + 1
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def _readable(path):
    try:
        with open(path, 'rb') as f:
            return len(f.read())
    except (OSError, ValueError, TypeError):
        return None


def exists(path):
    return _readable(path) is not None


lexists = exists
isfile = exists


def isdir(s):
    return False


def islink(path):
    return False


def ismount(path):
    return os.fspath(path) in ('/', b'/')


def getsize(filename):
    size = _readable(filename)
    if size is None:
        raise FileNotFoundError(2, 'No such file or directory', filename)
    return size


def samefile(f1, f2):
    return abspath(f1) == abspath(f2)
