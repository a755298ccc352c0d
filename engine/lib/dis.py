# The dis module for Glasspy: disassembly of code objects in CPython 3.11's format (the
# listing columns, argument descriptions, exception tables, code_info), written for
# Glasspy over the code objects' co_* attributes and the opcode module.
import sys
import types

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _cache_format, _inline_cache_entries, _nb_ops, _specializations, _specialized_instructions
from _named_tuple import named_tuple as _named_tuple

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
CACHE = opmap["CACHE"]

_all_opname = list(opname)
_all_opmap = dict(opmap)
_empty_slot = [slot for slot, name in enumerate(_all_opname) if name.startswith("<")]
for _spec_op, _specialized in zip(_empty_slot[1:], _specialized_instructions):
    # fill opname and opmap
    _all_opname[_spec_op] = _specialized
    _all_opmap[_specialized] = _spec_op
del _spec_op, _specialized, _empty_slot

deoptmap = {
    specialized: base for base, family in _specializations.items() for specialized in family
}

_backward_jumps = {op for op in hasjrel if 'BACKWARD' in opname[op]}

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def _try_compile(source, name):
    """Compiles as an expression if it is one, else as statements."""
    try:
        c = compile(source, name, 'eval')
    except SyntaxError:
        c = compile(source, name, 'exec')
    return c


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive)


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


def _get_code_object(x):
    """Helper to handle methods, compiled or raw code objects, and strings."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _deoptop(op):
    name = _all_opname[op]
    return _all_opmap[deoptmap[name]] if name in deoptmap else op


def _get_code_array(co, adaptive):
    return co._co_code_adaptive if adaptive else co.co_code


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    sections = (("Constants:", co.co_consts, "%4d: %r"),
                ("Names:", co.co_names, "%4d: %s"),
                ("Variable names:", co.co_varnames, "%4d: %s"),
                ("Free variables:", co.co_freevars, "%4d: %s"),
                ("Cell variables:", co.co_cellvars, "%4d: %s"))
    for title, items, fmt in sections:
        if items:
            lines.append(title)
            for pair in enumerate(items):
                lines.append(fmt % pair)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


Positions = _named_tuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                         defaults=[None] * 4, module='dis')

_Instruction = _named_tuple("_Instruction",
                            "opname opcode arg argval argrepr offset starts_line is_jump_target positions",
                            defaults=[None], module='dis')

_ExceptionTableEntry = _named_tuple("_ExceptionTableEntry", "start end target depth lasti", module='dis')

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format instruction details for inclusion in disassembly output."""
        columns = []
        if lineno_width:
            if self.starts_line is not None:
                columns.append(str(self.starts_line).rjust(lineno_width))
            else:
                columns.append(' ' * lineno_width)
        columns.append('-->' if mark_as_current else '   ')
        columns.append('>>' if self.is_jump_target else '  ')
        columns.append(repr(self.offset).rjust(offset_width))
        columns.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append('(' + self.argrepr + ')')
        return ' '.join(columns).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code."""
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    return _get_instructions_bytes(_get_code_array(co, adaptive),
                                   co._varname_from_oparg,
                                   co.co_names, co.co_consts,
                                   linestarts, line_offset,
                                   co_positions=co.co_positions(),
                                   show_caches=show_caches,
                                   exception_entries=_parse_exception_table(co))


def _get_const_value(op, arg, co_consts):
    if op == LOAD_CONST and co_consts is not None:
        return co_consts[arg]
    return UNKNOWN


def _get_const_info(op, arg, co_consts):
    argval = _get_const_value(op, arg, co_consts)
    return argval, repr(argval) if argval is not UNKNOWN else ''


def _get_name_info(name_index, get_name, **extrainfo):
    if get_name is not None:
        argval = get_name(name_index, **extrainfo)
        return argval, argval
    return UNKNOWN, ''


def _parse_varint(iterator):
    b = next(iterator)
    val = b & 63
    while b & 64:
        val <<= 6
        b = next(iterator)
        val |= b & 63
    return val


def _parse_exception_table(code):
    iterator = iter(code.co_exceptiontable)
    entries = []
    try:
        while True:
            start = _parse_varint(iterator) * 2
            length = _parse_varint(iterator) * 2
            target = _parse_varint(iterator) * 2
            depth_lasti = _parse_varint(iterator)
            entries.append(_ExceptionTableEntry(start, start + length, target,
                                                depth_lasti >> 1, bool(depth_lasti & 1)))
    except StopIteration:
        return entries


def _is_backward_jump(op):
    return op in _backward_jumps


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None,
                            linestarts=None, line_offset=0, exception_entries=(),
                            co_positions=None, show_caches=False):
    co_positions = co_positions or iter(())
    get_name = None if names is None else names.__getitem__
    labels = set(findlabels(code))
    for start, end, target, _, _ in exception_entries:
        if end > start:
            labels.add(target)
    starts_line = None
    for offset, op, arg in _unpack_opargs(code):
        if linestarts is not None:
            starts_line = linestarts.get(offset, None)
            if starts_line is not None:
                starts_line += line_offset
        is_jump_target = offset in labels
        argval = None
        argrepr = ''
        positions = Positions(*next(co_positions, ()))
        deop = _deoptop(op)
        caches = _inline_cache_entries[deop]
        if arg is not None:
            argval = arg
            if deop in hasconst:
                argval, argrepr = _get_const_info(deop, arg, co_consts)
            elif deop in hasname:
                if deop == LOAD_GLOBAL:
                    argval, argrepr = _get_name_info(arg // 2, get_name)
                    if (arg & 1) and argrepr:
                        argrepr = "NULL + " + argrepr
                else:
                    argval, argrepr = _get_name_info(arg, get_name)
            elif deop in hasjabs:
                argval = arg * 2
                argrepr = "to " + repr(argval)
            elif deop in hasjrel:
                signed_arg = -arg if _is_backward_jump(deop) else arg
                argval = offset + 2 + signed_arg * 2
                argval += 2 * caches
                argrepr = "to " + repr(argval)
            elif deop in haslocal or deop in hasfree:
                argval, argrepr = _get_name_info(arg, varname_from_oparg)
            elif deop in hascompare:
                argval = cmp_op[arg]
                argrepr = argval
            elif deop == FORMAT_VALUE:
                argval, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
                argval = (argval, bool(arg & 0x4))
                if argval[1]:
                    if argrepr:
                        argrepr += ', '
                    argrepr += 'with format'
            elif deop == MAKE_FUNCTION:
                argrepr = ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << i))
            elif deop == BINARY_OP:
                _, argrepr = _nb_ops[arg]
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, starts_line,
                          is_jump_target, positions)
        if not caches:
            continue
        if not show_caches:
            for _ in range(caches):
                next(co_positions, ())
            continue
        for name, size in _cache_format[opname[deop]].items():
            for i in range(size):
                offset += 2
                if i == 0 and op != deop:
                    data = code[offset: offset + 2 * size]
                    argrepr = f"{name}: {int.from_bytes(data, sys.byteorder)}"
                else:
                    argrepr = ""
                yield Instruction("CACHE", CACHE, 0, None, argrepr, offset, None, False,
                                  Positions(*next(co_positions, ())))


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    linestarts = dict(findlinestarts(co))
    exception_entries = _parse_exception_table(co)
    _disassemble_bytes(_get_code_array(co, adaptive),
                       lasti, co._varname_from_oparg,
                       co.co_names, co.co_consts, linestarts, file=file,
                       exception_entries=exception_entries,
                       co_positions=co.co_positions(), show_caches=show_caches)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches,
                                       adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None,
                       names=None, co_consts=None, linestarts=None,
                       *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    show_lineno = bool(linestarts)
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = len(code) - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts,
                                         linestarts, line_offset=line_offset,
                                         exception_entries=exception_entries,
                                         co_positions=co_positions, show_caches=show_caches):
        if show_lineno and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_mark = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - 2} -> {entry.target} [{entry.depth}]{lasti_mark}",
                  file=file)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


disco = disassemble


def _unpack_opargs(code):
    extended_arg = 0
    caches = 0
    for i in range(0, len(code), 2):
        if caches:
            caches -= 1
            continue
        op = code[i]
        deop = _deoptop(op)
        caches = _inline_cache_entries[deop]
        if deop >= HAVE_ARGUMENT:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if deop == EXTENDED_ARG else 0
            # The argument is a signed 32-bit integer: wrap as C does.
            if extended_arg >= 1 << 31:
                extended_arg -= 1 << 32
        else:
            arg = None
            extended_arg = 0
        yield (i, op, arg)


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.

    """
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None:
            deop = _deoptop(op)
            if deop in hasjrel:
                if _is_backward_jump(deop):
                    arg = -arg
                label = offset + 2 + arg * 2 + 2 * _inline_cache_entries[deop]
            elif deop in hasjabs:
                label = arg * 2
            else:
                continue
            if label not in labels:
                labels.append(label)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


class _TextCollector:
    # The file= of Bytecode.dis(): collects what print() writes.

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive),
                                       co._varname_from_oparg,
                                       co.co_names, co.co_consts,
                                       self._linestarts,
                                       line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=co.co_positions(),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches,
                   adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        offset = self.current_offset if self.current_offset is not None else -1
        output = _TextCollector()
        _disassemble_bytes(_get_code_array(co, self.adaptive),
                           varname_from_oparg=co._varname_from_oparg,
                           names=co.co_names, co_consts=co.co_consts,
                           linestarts=self._linestarts,
                           line_offset=self._line_offset,
                           file=output,
                           lasti=offset,
                           exception_entries=self.exception_entries,
                           co_positions=co.co_positions(),
                           show_caches=self.show_caches)
        return output.getvalue()
