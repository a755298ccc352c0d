# The traceback module (frozen stdlib): CPython 3.11's printing and formatting functions,
# built on _traceback, the VM's own uncaught-exception printer, so the text is the same;
# the stack classes (FrameSummary, StackSummary, TracebackException) at the end.
import collections
import itertools
import linecache
import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary',
           'TracebackException', 'walk_stack', 'walk_tb']

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
    return extract_tb(tb, limit=limit).format()


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
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# --- Stacks: frames as FrameSummary entries -----------------------------------------------

_RECURSIVE_CUTOFF = 3  # identical entries shown before "[Previous line repeated ...]"


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame, from f (by default
    the caller's caller) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _code_position(code, lasti):
    if lasti < 0:
        return (None, None, None, None)
    return next(itertools.islice(code.co_positions(), lasti // 2, None))


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) from the instruction each entry ran.
    while tb is not None:
        positions = _code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        yield tb.tb_frame, positions
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(with_positions(), limit=limit, lookup_lines=lookup_lines,
                                                      capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            code = f.f_code
            filenames.add(code.co_filename)
            linecache.lazycache(code.co_filename, f.f_globals)
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File line, source line, markers and locals."""
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f'    {frame_summary.line}\n')
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                carets = _traceback.carets(frame_summary._original_line, frame_summary.lineno,
                                           frame_summary.end_lineno, frame_summary.colno, frame_summary.end_colno)
                if carets is not None:
                    row.append(f'    {carets}\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f'    {name} = {value}\n')
        return ''.join(row)

    def format(self):
        """The entries as strings ready for printing, with runs of the same entry
        collapsed after three into "[Previous line repeated N more times]"."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or None in last or last != key:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


def extract_tb(tb, limit=None):
    """The "pre-processed" stack trace entries of a traceback, as a StackSummary."""
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """The stack from f (by default the caller's frame) as a StackSummary, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """Format a list of FrameSummary objects or tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


# --- TracebackException: an exception captured for later rendering -------------------------

def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


class TracebackException:
    """An exception ready for rendering: its type, text, stack, notes and chain, captured
    as StackSummary and TracebackException objects."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        # The exception itself renders the text (the VM's printer, as the rest of the module).
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if exc_value is None:
            return
        kwargs = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                      max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
        cause = exc_value.__cause__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **kwargs)
        context = exc_value.__context__
        need_context = not (compact and (self.__cause__ is not None or exc_value.__suppress_context__))
        if need_context and context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(type(context), context, context.__traceback__, **kwargs)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, **kwargs)
                               for e in exc_value.exceptions if id(e) not in _seen]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception part of the text: "Type: message" (SyntaxError's location lines,
        notes), as strings ending in newlines."""
        if self.exc_type is None:
            yield f'None: {self._str}\n' if self._str else 'None\n'
            return
        yield from _only(self._exc, None)

    def _has_group(self):
        seen = set()
        exc = self
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            if exc.exceptions is not None:
                return True
            exc = exc.__cause__ if exc.__cause__ is not None else (
                None if exc.__suppress_context__ else exc.__context__)
        return False

    def format(self, *, chain=True, _ctx=None):
        """The whole text, as print_exception() writes it: chained exceptions, each with its
        "Traceback (most recent call last):" stack and exception line."""
        if self.exc_type is None:
            yield from self.format_exception_only()
            return
        if self._has_group():
            yield from _format(self._exc, self._tb, self._limit, chain)
            return
        order = []
        exc = self
        while exc is not None:
            if not chain:
                order.append((None, exc))
                break
            if exc.__cause__ is not None:
                message, following = _CAUSE, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                message, following = _CONTEXT, exc.__context__
            else:
                message, following = None, None
            order.append((message, exc))
            exc = following
        for message, exc in reversed(order):
            if message is not None:
                yield message
            if exc.stack:
                yield _HEADER
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
