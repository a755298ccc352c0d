# The ast module for Glasspy: one class per node type of the engine's node table
# (ast/ast_nodes.def, through _ast), parse() over Glasspy's own parser, and dump(),
# literal_eval(), the visitors and location helpers with CPython 3.11's behaviour.
import sys
import _ast
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = getattr(type(self), '_fields', ())
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__



# Node name -> class, and singleton name (Load, Add, ...) -> its shared instance: what
# _ast._parse builds trees from.
_parse_classes = {}


def _signature(name, fields):
    if not fields:
        return name
    return '%s(%s)' % (name, ', '.join(f'{asdl}{mark} {field}' for field, asdl, mark in fields))


def _make_classes(namespace):
    rows = _ast._node_table()
    # A sum's doc lists its constructors, so they are collected first.
    constructors = {}
    for name, base, kind, fields, attributes in rows:
        if kind in ('sum', 'enum'):
            constructors[name] = []
        elif base != 'AST':
            constructors[base].append(_signature(name, fields))
    for name, base, kind, fields, attributes in rows:
        field_names = tuple(field for field, _, _ in fields)
        body = {'_fields': field_names, '__match_args__': field_names}
        if kind in ('sum', 'enum') or base == 'AST':
            body['_attributes'] = attributes
        for field, _, mark in fields:
            if mark == '?':
                body[field] = None
        # End positions are optional everywhere but in patterns.
        if attributes and name != 'pattern':
            body['end_lineno'] = None
            body['end_col_offset'] = None
        if kind == 'enum':
            body['__doc__'] = name + ' = ' + ' | '.join(constructors[name])
        elif kind == 'sum':
            body['__doc__'] = name + ' = ' + ('\n' + ' ' * (len(name) + 1) + '| ').join(constructors[name])
        else:
            body['__doc__'] = _signature(name, fields)
        cls = type(name, (namespace[base],), body)
        namespace[name] = cls
        if kind == 'singleton':
            _parse_classes[name] = cls()
        elif kind == 'node':
            _parse_classes[name] = cls


_make_classes(globals())
del _make_classes


def _constant_n(self):
    return self.value


def _set_constant_n(self, value):
    self.value = value


Constant.n = property(_constant_n, _set_constant_n)
Constant.s = property(_constant_n, _set_constant_n)


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """
    Parse the source into an AST node.
    Equivalent to compile(source, filename, mode, PyCF_ONLY_AST).
    Pass type_comments=True to get back type comments where the syntax allows.
    """
    if isinstance(source, AST):
        return source
    if isinstance(filename, bytes):
        filename = filename.decode()
    return _ast._parse(source, filename, mode, _parse_classes)


def literal_eval(node_or_string):
    """
    Evaluate an expression node or a string containing only a Python
    expression.  The string or node provided may only consist of the following
    Python literal structures: strings, bytes, numbers, tuples, lists, dicts,
    sets, booleans, and None.

    Caution: A complex expression can overflow the C stack and cause a crash.
    """
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = "malformed node or string"
        lineno = getattr(node, 'lineno', None)
        if lineno:
            message += f' on line {lineno}'
        raise ValueError(message + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and
                node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """
    Return a formatted dump of the tree in node.  This is mainly useful for
    debugging purposes.  If annotate_fields is true (by default),
    the returned string will show the names and the values for fields.
    If annotate_fields is false, the result string will be more compact by
    omitting unambiguous field names.  Attributes such as line
    numbers and column offsets are not dumped by default.  If this is wanted,
    include_attributes can be set to true.  If indent is a non-negative
    integer or string, then the tree will be pretty-printed with that indent
    level. None (the default) selects the single line representation.
    """
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    # Returns (text, simple): a value is simple when it has no arguments of its own;
    # a node whose arguments are all simple, and at most three, stays on one line.
    def format_value(value, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(value, AST):
            cls = type(value)
            args = []
            all_simple = True
            keywords = annotate_fields
            for name in value._fields:
                try:
                    item = getattr(value, name)
                except AttributeError:
                    keywords = True
                    continue
                if item is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                text, simple = format_value(item, level)
                all_simple = all_simple and simple
                args.append(f'{name}={text}' if keywords else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        item = getattr(value, name)
                    except AttributeError:
                        continue
                    if item is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = format_value(item, level)
                    all_simple = all_simple and simple
                    args.append(f'{name}={text}')
            if all_simple and len(args) <= 3:
                return '%s(%s)' % (value.__class__.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (value.__class__.__name__, prefix, sep.join(args)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(format_value(x, level)[0] for x in value)), False
        return repr(value), True

    return format_value(node, 0)[0]


def copy_location(new_node, old_node):
    """
    Copy source location (`lineno`, `col_offset`, `end_lineno`, and `end_col_offset`
    attributes) from *old_node* to *new_node* if possible, and return *new_node*.
    """
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # The end positions are optional: copied even when None.
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """
    When you compile a node tree with compile(), the compiler expects lineno and
    col_offset attributes for every node that supports them.  This is rather
    tedious to fill in for generated nodes, so this helper adds these attributes
    recursively where not already set, by setting them to the values of the
    parent node.  It works recursively starting at *node*.
    """
    todo = [(node, 1, 0, 1, 0)]
    while todo:
        current, lineno, col_offset, end_lineno, end_col_offset = todo.pop()
        attributes = current._attributes
        if 'lineno' in attributes:
            if not hasattr(current, 'lineno'):
                current.lineno = lineno
            else:
                lineno = current.lineno
        if 'end_lineno' in attributes:
            if getattr(current, 'end_lineno', None) is None:
                current.end_lineno = end_lineno
            else:
                end_lineno = current.end_lineno
        if 'col_offset' in attributes:
            if not hasattr(current, 'col_offset'):
                current.col_offset = col_offset
            else:
                col_offset = current.col_offset
        if 'end_col_offset' in attributes:
            if getattr(current, 'end_col_offset', None) is None:
                current.end_col_offset = end_col_offset
            else:
                end_col_offset = current.end_col_offset
        children = list(iter_child_nodes(current))
        for child in reversed(children):
            todo.append((child, lineno, col_offset, end_lineno, end_col_offset))
    return node


def increment_lineno(node, n=1):
    """
    Increment the line number and end line number of each node in the tree
    starting at *node* by *n*. This is useful to "move code" to a different
    location in a file.
    """
    for child in walk(node):
        # TypeIgnore's lineno is a field, not an attribute.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if "end_lineno" in child._attributes:
            end_lineno = getattr(child, "end_lineno", 0)
            if end_lineno is not None:
                child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    """
    Yield a tuple of ``(fieldname, value)`` for each field in ``node._fields``
    that is present on *node*.
    """
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """
    Yield all direct child nodes of *node*, that is, all fields that are nodes
    and all items of fields that are lists of nodes.
    """
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """
    Return the docstring for the given node or None if no docstring can
    be found.  If the node provided does not have docstrings a TypeError
    will be raised.

    If *clean* is `True`, all tabs are expanded to spaces and any whitespace
    that can be uniformly removed from the second line onwards is removed.
    """
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if not (isinstance(node, Constant) and isinstance(node.value, str)):
        return None
    text = node.value
    return _clean_doc(text) if clean else text


def _clean_doc(doc):
    # inspect.cleandoc: expand tabs, drop the common indentation of the lines after the
    # first, and the blank lines at both ends.
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _splitlines_no_ff(source):
    """Split a string into lines ignoring form feed and other chars."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            if i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        elif c == '\n':
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    r"""Replace all chars except '\f\t' in a line with spaces."""
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """Get source code segment of the *source* that generated *node*.

    If some location information (`lineno`, `end_lineno`, `col_offset`,
    or `end_col_offset`) is missing, return None.

    If *padded* is `True`, the first line of a multi-line statement will
    be padded with spaces to match its original position.
    """
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """
    Recursively yield all descendant nodes in the tree starting at *node*
    (including *node* itself), in no specified order.  This is useful if you
    only want to modify nodes in place and don't care about the context.
    """
    # Breadth first, as CPython's deque-based walk; children are gathered inline (no
    # generator per node).
    todo = [node]
    position = 0
    while position < len(todo):
        node = todo[position]
        position += 1
        for name in node._fields:
            try:
                field = getattr(node, name)
            except AttributeError:
                continue
            if isinstance(field, AST):
                todo.append(field)
            elif isinstance(field, list):
                for item in field:
                    if isinstance(item, AST):
                        todo.append(item)
        yield node


class NodeVisitor(object):
    """
    A node visitor base class that walks the abstract syntax tree and calls a
    visitor function for every node found.  This function may return a value
    which is forwarded by the `visit` method.

    This class is meant to be subclassed, with the subclass adding visitor
    methods.

    Per default the visitor functions for the nodes are ``'visit_'`` +
    class name of the node.  So a `TryFinally` node visit function would
    be `visit_TryFinally`.  This behavior can be changed by overriding
    the `visit` method.  If no visitor function exists for a node
    (return value `None`) the `generic_visit` visitor is used instead.
    """

    def visit(self, node):
        """Visit a node."""
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        """Called if no explicit visitor function exists for a node."""
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """
    A :class:`NodeVisitor` subclass that walks the abstract syntax tree and
    allows modification of nodes.

    The `NodeTransformer` will walk the AST and use the return value of the
    visitor methods to replace or remove the old node.  If the return value of
    the visitor method is ``None``, the node will be removed from its location,
    otherwise it is replaced with the return value.  The return value may be the
    original node in which case no replacement takes place.
    """

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


def unparse(ast_obj):
    from _ast_unparse import unparse as _unparse  # loaded on first use
    return _unparse(ast_obj)
