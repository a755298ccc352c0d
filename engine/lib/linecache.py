"""Cache lines from Python source files.

The traceback module reads the lines of the files its frames come from through here."""
# Glasspy's linecache: files are read with open() and decoded as the tokenizer does; a
# file the host cannot open (the playground's program) is read from the sources the VM
# registered when it ran them (_traceback.source_line).

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); lazily loaded entries hold a 1-tuple.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, updating the cache if needed."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines of a Python source file from the cache, updating the cache if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (Glasspy's files do not change under a
    running program, so only lazy entries are kept as they are)."""
    if filename is None:
        return
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1 and entry[1] is None:
        return


def _read_host_lines(fullname):
    import _traceback
    lines = []
    while True:
        line = _traceback.source_line(fullname, len(lines) + 1)
        if line is None:
            return lines
        lines.append(line + '\n')


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines (empty if the file is unknown)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    lines = None
    try:
        with open(filename, 'rb') as f:
            data = f.read()
    except (OSError, ValueError):
        lines = _read_host_lines(filename)
        if not lines:
            return []
    if lines is None:
        try:
            import tokenize
            encoding, _ = tokenize.detect_encoding(iter(data.splitlines(True)).__next__)
        except Exception:
            encoding = 'utf-8'
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            return []
        if text.startswith('\ufeff'):
            text = text[1:]
        lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(lines), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals; the lines are read when asked for.
    Returns True if a lazy entry was registered."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if get_source:
            cache[filename] = (lambda: get_source(module_globals['__name__']),)
            return True
    return False
