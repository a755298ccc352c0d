# The opcode module for Glasspy: CPython 3.11's opcode tables (opname, opmap, has* lists,
# inline cache sizes, specialisations), all derived from the engine's one opcode table
# (bytecode/opcodes.def) through the _opcode module.
from _opcode import stack_effect, _table

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

HAVE_ARGUMENT = 90

opmap = {}
opname = ['<%r>' % (op,) for op in range(256)]
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []
_inline_cache_entries = [0] * 256
_specializations = {}
_specialized_instructions = []

# Argument kinds of _opcode._table() rows.
_ARG_LISTS = {2: hasconst, 3: hasname, 4: haslocal, 5: hasfree, 6: hascompare, 7: hasjrel}


def _fill_tables():
    base_names = {}
    for name, number, kind, caches, arg_kind, jump_kind, base in _table():
        if kind == 0:
            opname[number] = name
            opmap[name] = number
            base_names[number] = name
            _inline_cache_entries[number] = caches
            target = _ARG_LISTS.get(arg_kind)
            if target is not None and number >= HAVE_ARGUMENT:
                target.append(number)
        elif kind == 2:
            _specialized_instructions.append(name)
            _specializations.setdefault(base_names[base], []).append(name)
    for targets in _ARG_LISTS.values():
        targets.sort()


_fill_tables()
del _fill_tables

EXTENDED_ARG = opmap['EXTENDED_ARG']

_nb_ops = [
    ("NB_ADD", "+"),
    ("NB_AND", "&"),
    ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"),
    ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"),
    ("NB_OR", "|"),
    ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"),
    ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
]
_nb_ops += [("NB_INPLACE" + name[2:], symbol + "=") for name, symbol in _nb_ops]

# The named fields of each instruction's inline cache, in code units.
_cache_format = {
    "LOAD_GLOBAL": {"counter": 1, "index": 1, "module_keys_version": 2, "builtin_keys_version": 1},
    "BINARY_OP": {"counter": 1},
    "UNPACK_SEQUENCE": {"counter": 1},
    "COMPARE_OP": {"counter": 1, "mask": 1},
    "BINARY_SUBSCR": {"counter": 1, "type_version": 2, "func_version": 1},
    "LOAD_ATTR": {"counter": 1, "version": 2, "index": 1},
    "STORE_ATTR": {"counter": 1, "version": 2, "index": 1},
    "LOAD_METHOD": {"counter": 1, "type_version": 2, "dict_offset": 1, "keys_version": 2, "descr": 4},
    "CALL": {"counter": 1, "func_version": 2, "min_args": 1},
    "PRECALL": {"counter": 1},
    "STORE_SUBSCR": {"counter": 1},
}

_specialization_stats = None
