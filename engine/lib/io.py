# The io module (frozen stdlib): in-memory streams (StringIO, BytesIO), a TextIOWrapper
# over a binary buffer, and open (the built-in). Reprs and messages follow CPython's _io.
import builtins as _builtins

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = _builtins.open
BlockingIOError = _builtins.BlockingIOError


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size.__index__()


class _IOBase:
    __module__ = '_io'
    _closed = False
    _hint_inclusive = False  # readlines(hint): BytesIO stops at hint, StringIO past it

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint and (hint <= total if self._hint_inclusive else hint < total):
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    __module__ = '_io'


class _BufferedIOBase(_IOBase):
    __module__ = '_io'


class _TextIOBase(_IOBase):
    __module__ = '_io'
    encoding = None
    errors = None
    newlines = None


IOBase = _IOBase
RawIOBase = _RawIOBase
BufferedIOBase = _BufferedIOBase
TextIOBase = _TextIOBase


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""
    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._chunks = []
        self._buf = ''
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _value(self):
        if self._chunks:
            self._buf += ''.join(self._chunks)
            self._chunks = []
        return self._buf

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None:
            return None
        return (None, '\r', '\n', ('\r', '\n'), '\r\n', ('\r', '\r\n'), ('\n', '\r\n'),
                ('\r', '\n', '\r\n'))[self._seen]

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def getvalue(self):
        self._check()
        return self._value()

    def tell(self):
        self._check()
        return self._pos

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if '\r' in s:
                rest = s.replace('\r\n', '')
                self._seen |= (4 if len(rest) != len(s) else 0) | (1 if '\r' in rest else 0) | (2 if '\n' in rest else 0)
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= 2
        elif nl not in ('', '\n') and '\n' in s:
            s = s.replace('\n', nl)
        buf_len = len(self._buf) + sum(map(len, self._chunks)) if self._chunks else len(self._buf)
        pos = self._pos
        if pos == buf_len:
            self._chunks.append(s)
        else:
            buf = self._value()
            if pos > buf_len:
                buf += '\0' * (pos - buf_len)
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        end = len(buf) if size < 0 else min(pos + size, len(buf))
        if pos >= end:
            self._pos = max(pos, self._pos)
            return ''
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        if self._newline == '':
            end = pos
            n = len(buf)
            while end < n and buf[end] not in '\r\n':
                end += 1
            if end < n:
                end += 2 if buf.startswith('\r\n', end) else 1
        else:
            sep = '\n' if self._newline is None else self._newline
            end = buf.find(sep, pos)
            end = len(buf) if end < 0 else end + len(sep)
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def seek(self, pos, whence=0):
        self._check()
        pos = pos.__index__() if not isinstance(pos, int) else pos
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if whence == 0 and pos < 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence == 1 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")  # sic: CPython 3.11's text
        if whence == 2:
            pos = len(self._value())
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        buf = self._value()
        if size < len(buf):
            self._buf = buf[:size]
        return size

    def close(self):
        self._closed = True
        self._chunks = []
        self._buf = ''

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)

    def __getstate__(self):
        raise TypeError("cannot pickle 'StringIO' object")


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""
    __module__ = '_io'

    _hint_inclusive = True

    def __init__(self, initial_bytes=None):
        self._buf = bytearray() if initial_bytes is None else bytearray(_bytes_like(initial_bytes))
        self._pos = 0
        self._closed = False

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def tell(self):
        self._check()
        return self._pos

    def write(self, b):
        self._check()
        b = _bytes_like(b)
        n = len(b)
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        if pos == len(buf):
            buf.extend(b)
        else:
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        end = len(buf) if size < 0 else min(pos + size, len(buf))
        if pos >= end:
            return b''
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readinto(self, target):
        data = self.read(len(target))
        target[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = buf.find(b'\n', pos)
        end = len(buf) if end < 0 else end + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def __iter__(self):
        return self

    def seek(self, pos, whence=0):
        self._check()
        pos = pos.__index__() if not isinstance(pos, int) else pos
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        del self._buf[size:]
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


class TextIOWrapper(_TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""
    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        self.buffer = buffer
        self.encoding = 'utf-8' if encoding is None or encoding == 'locale' else encoding
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._pending = ''

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def _check(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._pending + self._decode(self.buffer.read())
        if size < 0 or size >= len(text):
            self._pending = ''
            return text
        self._pending = text[size:]
        return text[:size]

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._pending
        while '\n' not in text:
            raw = self.buffer.readline()
            if not raw:
                break
            text += self._decode(raw)
        end = text.find('\n')
        end = len(text) if end < 0 else end + 1
        if 0 <= size < end:
            end = size
        self._pending = text[end:]
        return text[:end]

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def tell(self):
        self._check()
        return self.buffer.tell() - len(self._pending.encode(self.encoding))

    def seek(self, pos, whence=0):
        self._check()
        self._pending = ''
        return self.buffer.seek(pos, whence)

    def truncate(self, pos=None):
        return self.buffer.truncate(pos)

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def __repr__(self):
        try:
            name = self.buffer.name
        except Exception:
            return "<_io.TextIOWrapper encoding='%s'>" % self.encoding
        return "<_io.TextIOWrapper name=%r encoding='%s'>" % (name, self.encoding)
