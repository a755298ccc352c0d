# The token module for Glasspy: CPython 3.11's token numbers and names (tok_name,
# EXACT_TOKEN_TYPES, ISTERMINAL...), built from the engine's one token table
# (lex/token_kind.def) through the _tokenize module.
from _tokenize import _token_table

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

tok_name = {}
EXACT_TOKEN_TYPES = {}


def _fill_tables(namespace):
    for name, number, spelling in _token_table():
        namespace[name] = number
        tok_name[number] = name
        __all__.append(name)
        if spelling is not None:
            EXACT_TOKEN_TYPES[spelling] = number


_fill_tables(globals())
del _fill_tables

N_TOKENS = len(tok_name)
NT_OFFSET = 256
tok_name[N_TOKENS] = 'N_TOKENS'
tok_name[NT_OFFSET] = 'NT_OFFSET'
__all__.extend(['N_TOKENS', 'NT_OFFSET'])


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
