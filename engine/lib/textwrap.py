"""Text wrapping and filling.
"""
# Glasspy's textwrap, written for Glasspy. Glasspy has no `re` module, so text is cut
# into chunks by hand with the rules CPython's word-separator pattern encodes: runs of
# whitespace, em-dashes between words, and words that may break after a hyphen between
# letters.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _emdash_at(text, k):
    # True if text[k:] starts with two or more hyphens followed by a word character.
    j = k
    while j < len(text) and text[j] == '-':
        j += 1
    return j - k >= 2 and j < len(text) and _is_word_char(text[j])


def _hyphen_break(text, k):
    # True if a word may end with the hyphen at text[k].
    if text[k] != '-':
        return False
    before = (_is_letter(_at(text, k - 2)) and _is_letter(_at(text, k - 1))) or (
        _is_letter(_at(text, k - 3)) and _at(text, k - 2) == '-' and _is_letter(_at(text, k - 1)))
    if not before:
        return False
    if not _is_letter(_at(text, k + 1)):
        return False
    nxt = _at(text, k + 2)
    return _is_letter(nxt) or (nxt == '-' and _is_letter(_at(text, k + 3)))


def _split_words(text):
    # Chunks of text for break_on_hyphens=True.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _emdash_at(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        k = i + 1
        while True:
            if k < n and text[k] not in _whitespace and _hyphen_break(text, k):
                end = k + 1
                break
            if k >= n or text[k] in _whitespace:
                end = k
                break
            if _is_word_punct(text[k - 1]) and _emdash_at(text, k):
                end = k
                break
            k += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _split_whitespace(text):
    # Chunks of text for break_on_hyphens=False: words and whitespace runs.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then an optional quote, at the end.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks (words, whitespace, hyphenated parts)."""
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_whitespace(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make sentence-ending chunks followed by one space get two."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) a chunk longer than the line on the current line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of text chunks into lines of at most self.width."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)

            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.  Tabs in 'text' are expanded with string.expandtabs(),
        and all other whitespace characters (including newline) are
        converted to space.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string

        Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.

    Reformat the single paragraph in 'text' so it fits in lines of no
    more than 'width' columns, and return a list of wrapped lines.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string.

    Reformat the single paragraph in 'text' to fit in lines of no more
    than 'width' columns, and return a new string containing the entire
    wrapped paragraph.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in
    the *width*, it is returned as is.  Otherwise, as many words
    as possible are joined and then the placeholder is appended::

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    This can be used to make triple-quoted strings line up with the left
    edge of the display, while still presenting them in the source code
    in indented form.

    Note that tabs and spaces are both treated as whitespace, but they
    are not equal: the lines "  hello" and "\\thello" are
    considered to have no common leading whitespace.

    Entirely blank lines are normalized to a newline character.
    """
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            # Lines of only spaces and tabs are emptied and do not count.
            lines[index] = ''
            continue
        line_indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = line_indent
        elif line_indent.startswith(margin):
            pass
        elif margin.startswith(line_indent):
            margin = line_indent
        else:
            for i, (x, y) in enumerate(zip(margin, line_indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
