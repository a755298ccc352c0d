# The traceback module (frozen stdlib): CPython 3.11's printing and formatting functions,
# built on _traceback, the VM's own uncaught-exception printer, so the text is the same.
import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'format_tb',
           'print_exc', 'print_exception', 'print_tb']

_sentinel = object()
_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'
_HEADER = 'Traceback (most recent call last):\n'


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _lines(text):
    # Splits text after each newline (the strings keep their "\n").
    return text.splitlines(keepends=True)


def _tb_entries(tb, limit):
    # The "  File ..." entries of tb, one string each (with its source and marker lines).
    chunks = []
    for line in _lines(_traceback.format_tb(tb)):
        if line.startswith('  File ') or line.startswith('  [Previous line repeated') or not chunks:
            chunks.append(line)
        else:
            chunks[-1] += line
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return chunks
    if any(c.startswith('  [Previous line repeated') for c in chunks):
        raise NotImplementedError("traceback: a limit on a traceback with repeated lines is not supported by Glasspy")
    return chunks[:limit] if limit >= 0 else chunks[limit:]


def _type_name(t):
    name = t.__qualname__
    mod = t.__module__
    if mod not in ('__main__', 'builtins'):
        name = (mod if isinstance(mod, str) else '<unknown>') + '.' + name
    return name


def _note_lines(value):
    notes = getattr(value, '__notes__', None)
    if not isinstance(notes, (list, tuple)):
        return None
    out = []
    for note in notes:
        if not isinstance(note, str):
            try:
                note = str(note)
            except Exception:
                note = '<note str() failed>'
        out.extend(line + '\n' for line in note.split('\n'))
    return out


def _only(value, tb):
    # The exception-only part of value's text as the VM prints it with traceback tb
    # (NameError suggestions come from tb's frame), split as CPython's generator yields it.
    if not isinstance(value, BaseException):
        try:
            text = str(value)
        except Exception:
            text = '<exception str() failed>'
        name = _type_name(type(value))
        return [f'{name}: {text}\n' if text else f'{name}\n']
    saved = (value.__cause__, value.__context__, value.__suppress_context__, value.__traceback__)
    # CPython 3.11's traceback module offers no "Did you mean" (only the interpreter's
    # printer does): without a name the VM's printer has nothing to suggest for.
    named = isinstance(value, (NameError, AttributeError))
    if named:
        saved_name = value.name
    try:
        value.__cause__ = None
        value.__context__ = None
        value.__traceback__ = tb
        if named:
            value.name = None
        text = _traceback.format_exception(value)
    finally:
        value.__cause__, value.__context__, value.__suppress_context__, value.__traceback__ = saved
        if named:
            value.name = saved_name
    if tb is not None:
        head = _HEADER + _traceback.format_tb(tb)
        if text.startswith(head):
            text = text[len(head):]
    if isinstance(value, BaseExceptionGroup):
        # CPython lists only the group's own line and notes here, without the boxes.
        out = []
        for line in _lines(text):
            if line.startswith('  +-+') or line.startswith('  + '):
                if out:
                    break
                continue
            out.append(line[4:] if line.startswith('  | ') else line)
        return out
    if isinstance(value, SyntaxError):
        return _lines(text)
    notes = _note_lines(value)
    if notes:
        tail = ''.join(notes)
        if text.endswith(tail) and len(text) > len(tail):
            return [text[:-len(tail)]] + notes
    return [text]


def _has_group(value, seen):
    while isinstance(value, BaseException) and id(value) not in seen:
        seen.add(id(value))
        if isinstance(value, BaseExceptionGroup):
            return True
        value = value.__cause__ if value.__cause__ is not None else (
            None if value.__suppress_context__ else value.__context__)
    return False


def _format(value, tb, limit, chain):
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return _only(value, None)
    if _has_group(value, set()):
        if limit is not None or not chain:
            raise NotImplementedError("traceback: limit= and chain=False are not supported by Glasspy "
                                      "for exception groups")
        saved = value.__traceback__
        try:
            value.__traceback__ = tb
            return _lines(_traceback.format_exception(value))
        finally:
            value.__traceback__ = saved
    # The chain, from the innermost cause: (message before it, exception, its traceback).
    order = [(None, value, tb)]
    seen = {id(value)}
    exc = value
    while chain:
        if exc.__cause__ is not None and id(exc.__cause__) not in seen:
            message, exc = _CAUSE, exc.__cause__
        elif (exc.__context__ is not None and not exc.__suppress_context__
              and id(exc.__context__) not in seen):
            message, exc = _CONTEXT, exc.__context__
        else:
            break
        seen.add(id(exc))
        order[-1] = (message,) + order[-1][1:]
        order.append((None, exc, exc.__traceback__))
    out = []
    for message, exc, exc_tb in reversed(order):
        if message is not None:
            out.append(message)
        entries = _tb_entries(exc_tb, limit) if exc_tb is not None else []
        if entries:
            out.append(_HEADER)
            out.extend(entries)
        out.extend(_only(exc, exc_tb))
    return out


def _write(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        file.write(line)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    return _format(value, tb, limit, chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    _write(_format(value, tb, limit, chain), file)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _only(value, None)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    return _tb_entries(tb, limit) if tb is not None else []


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit), file)
