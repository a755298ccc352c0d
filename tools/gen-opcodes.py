#!/usr/bin/env python3
"""Generates engine/bytecode/opcodes.def, the one opcode table of Glasspy, and the unit
test's reference data tests/unit/bytecode/opcode_cases.inc, from CPython 3.11's own
`opcode` and `dis` modules.

What CPython knows is taken from it: names, numbers, inline CACHE counts, the argument
classes (hasconst, hasname, haslocal, hasfree, hascompare, hasjrel), the specialised
forms. What it does not publish as data is written here once: each instruction's stack
effect as pops/pushes formulas over `oparg` and `jump` (0 or 1), and a one-line meaning.
The formulas are checked against dis.stack_effect(op, arg, jump=...) for every oparg up
to 1024 (and a few large ones) before anything is written. The compiler's pseudo
instructions (SETUP_FINALLY, JUMP, POP_JUMP_IF_FALSE, ...), which never reach bytecode,
are listed after the real ones with numbers from 256 up.

Formulas use only syntax that C++ and Python read alike: + - * & >> ( ) == and integers.

Usage: python3 tools/gen-opcodes.py [--check]   (--check: fail if an output is stale)
"""
import argparse
import dis
import opcode
import os
import sys

kRoot = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kOutput = os.path.join(kRoot, "engine/bytecode/opcodes.def")
kCases = os.path.join(kRoot, "tests/unit/bytecode/opcode_cases.inc")

# name: (pops, pushes, meaning). The stack is written bottom..top; oparg is the argument.
kSpec = {
    "CACHE": ("0", "0", "inline cache entry for the instruction before it; never executed"),
    "POP_TOP": ("1", "0", "drop TOS"),
    "PUSH_NULL": ("0", "1", "push NULL (the empty self slot before a callable)"),
    "NOP": ("0", "0", "do nothing (keeps a line number alive)"),
    "UNARY_POSITIVE": ("1", "1", "TOS = +TOS"),
    "UNARY_NEGATIVE": ("1", "1", "TOS = -TOS"),
    "UNARY_NOT": ("1", "1", "TOS = not TOS"),
    "UNARY_INVERT": ("1", "1", "TOS = ~TOS"),
    "BINARY_SUBSCR": ("2", "1", "container, key -> container[key]"),
    "GET_LEN": ("1", "2", "obj -> obj, len(obj) (match statements)"),
    "MATCH_MAPPING": ("1", "2", "subject -> subject, is it a mapping"),
    "MATCH_SEQUENCE": ("1", "2", "subject -> subject, is it a sequence"),
    "MATCH_KEYS": ("2", "3", "subject, keys -> subject, keys, tuple of values or None"),
    "PUSH_EXC_INFO": ("1", "2", "exc -> previous exception, exc; exc becomes the handled one"),
    "CHECK_EXC_MATCH": ("2", "2", "exc, type -> exc, isinstance-like match of exc against type"),
    "CHECK_EG_MATCH": ("2", "2", "eg, type -> rest, match (except* split of an exception group)"),
    "WITH_EXCEPT_START": ("4", "5", "exit, lasti, prev, exc -> ..., exit(type, exc, tb)"),
    "GET_AITER": ("1", "1", "TOS = TOS.__aiter__()"),
    "GET_ANEXT": ("1", "2", "aiter -> aiter, awaitable of aiter.__anext__()"),
    "BEFORE_ASYNC_WITH": ("1", "2", "mgr -> bound __aexit__, awaitable of __aenter__()"),
    "BEFORE_WITH": ("1", "2", "mgr -> bound __exit__, result of __enter__()"),
    "END_ASYNC_FOR": ("2", "0", "end an async for on StopAsyncIteration, else re-raise"),
    "STORE_SUBSCR": ("3", "0", "value, container, key -> (container[key] = value)"),
    "DELETE_SUBSCR": ("2", "0", "container, key -> (del container[key])"),
    "GET_ITER": ("1", "1", "TOS = iter(TOS)"),
    "GET_YIELD_FROM_ITER": ("1", "1", "TOS = iter(TOS) unless it is a generator or coroutine"),
    "PRINT_EXPR": ("1", "0", "interactive mode: display TOS with sys.displayhook"),
    "LOAD_BUILD_CLASS": ("0", "1", "push builtins.__build_class__"),
    "LOAD_ASSERTION_ERROR": ("0", "1", "push AssertionError"),
    "RETURN_GENERATOR": ("0", "0", "make the generator/coroutine for this frame and return it"),
    "LIST_TO_TUPLE": ("1", "1", "TOS = tuple(TOS)"),
    "RETURN_VALUE": ("1", "0", "return TOS to the caller"),
    "IMPORT_STAR": ("1", "0", "module -> (from module import *)"),
    "SETUP_ANNOTATIONS": ("0", "0", "create __annotations__ in locals if missing"),
    "YIELD_VALUE": ("1", "1", "yield TOS; TOS becomes the value sent in"),
    "ASYNC_GEN_WRAP": ("1", "1", "wrap the value an async generator yields"),
    "PREP_RERAISE_STAR": ("2", "1", "orig, list of raised -> exception group to re-raise or None"),
    "POP_EXCEPT": ("1", "0", "restore the previous handled exception from TOS"),
    "STORE_NAME": ("1", "0", "names[oparg] = TOS (locals dict, else globals)"),
    "DELETE_NAME": ("0", "0", "del names[oparg]"),
    "UNPACK_SEQUENCE": ("1", "oparg", "seq -> its oparg items, last item lowest"),
    "FOR_ITER": ("1", "(1 - jump) * 2", "iter -> iter, next(iter); on exhaustion pop iter and jump"),
    "UNPACK_EX": ("1", "(oparg & 255) + (oparg >> 8) + 1",
                  "seq -> items with a starred list: oparg = before | after << 8"),
    "STORE_ATTR": ("2", "0", "value, obj -> (obj.names[oparg] = value)"),
    "DELETE_ATTR": ("1", "0", "obj -> (del obj.names[oparg])"),
    "STORE_GLOBAL": ("1", "0", "globals[names[oparg]] = TOS"),
    "DELETE_GLOBAL": ("0", "0", "del globals[names[oparg]]"),
    "SWAP": ("oparg", "oparg", "swap TOS with the item oparg deep (1-based)"),
    "LOAD_CONST": ("0", "1", "push consts[oparg]"),
    "LOAD_NAME": ("0", "1", "push names[oparg] from locals, globals, builtins"),
    "BUILD_TUPLE": ("oparg", "1", "oparg items -> tuple"),
    "BUILD_LIST": ("oparg", "1", "oparg items -> list"),
    "BUILD_SET": ("oparg", "1", "oparg items -> set"),
    "BUILD_MAP": ("2 * oparg", "1", "oparg key, value pairs -> dict"),
    "LOAD_ATTR": ("1", "1", "TOS = TOS.names[oparg]"),
    "COMPARE_OP": ("2", "1", "a, b -> a cmp_op[oparg] b"),
    "IMPORT_NAME": ("2", "1", "level, fromlist -> __import__(names[oparg], ...)"),
    "IMPORT_FROM": ("1", "2", "module -> module, module.names[oparg] (or submodule)"),
    "JUMP_FORWARD": ("0", "0", "jump forward by oparg code units"),
    "JUMP_IF_FALSE_OR_POP": ("1", "jump", "if TOS is false jump (keeping it), else pop it"),
    "JUMP_IF_TRUE_OR_POP": ("1", "jump", "if TOS is true jump (keeping it), else pop it"),
    "POP_JUMP_FORWARD_IF_FALSE": ("1", "0", "pop TOS; jump forward if it is false"),
    "POP_JUMP_FORWARD_IF_TRUE": ("1", "0", "pop TOS; jump forward if it is true"),
    "LOAD_GLOBAL": ("0", "1 + (oparg & 1)",
                    "push globals/builtins[names[oparg >> 1]], NULL first if oparg & 1"),
    "IS_OP": ("2", "1", "a, b -> a is b (is not if oparg)"),
    "CONTAINS_OP": ("2", "1", "a, b -> a in b (not in if oparg)"),
    "RERAISE": ("1", "0", "re-raise TOS; if oparg, set f_lasti from the item oparg deep"),
    "COPY": ("oparg", "oparg + 1", "push a copy of the item oparg deep (1-based)"),
    "BINARY_OP": ("2", "1", "a, b -> a op b, op from _nb_ops[oparg] (in-place forms too)"),
    "SEND": ("2", "2 - jump", "receiver, value -> receiver, sent result; on return jump"),
    "LOAD_FAST": ("0", "1", "push local oparg"),
    "STORE_FAST": ("1", "0", "local oparg = TOS"),
    "DELETE_FAST": ("0", "0", "del local oparg"),
    "POP_JUMP_FORWARD_IF_NOT_NONE": ("1", "0", "pop TOS; jump forward if it is not None"),
    "POP_JUMP_FORWARD_IF_NONE": ("1", "0", "pop TOS; jump forward if it is None"),
    "RAISE_VARARGS": ("oparg", "0", "raise (0: re-raise, 1: raise TOS, 2: raise TOS1 from TOS)"),
    "GET_AWAITABLE": ("1", "1", "TOS = awaitable of TOS (oparg tells where: for messages)"),
    "MAKE_FUNCTION": ("1 + (oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1)",
                      "1", "[defaults] [kwdefaults] [annotations] [closure] code -> function"),
    "BUILD_SLICE": ("2 + (oparg == 3)", "1", "start, stop[, step] -> slice"),
    "JUMP_BACKWARD_NO_INTERRUPT": ("0", "0", "jump back by oparg code units without polling"),
    "MAKE_CELL": ("0", "0", "turn local oparg into a cell holding its value"),
    "LOAD_CLOSURE": ("0", "1", "push the cell in slot oparg"),
    "LOAD_DEREF": ("0", "1", "push the contents of the cell in slot oparg"),
    "STORE_DEREF": ("1", "0", "store TOS into the cell in slot oparg"),
    "DELETE_DEREF": ("0", "0", "empty the cell in slot oparg"),
    "JUMP_BACKWARD": ("0", "0", "jump back by oparg code units (polls interrupts)"),
    "CALL_FUNCTION_EX": ("3 + (oparg & 1)", "1", "NULL, callable, args[, kwargs] -> result"),
    "EXTENDED_ARG": ("0", "0", "prefix: the next oparg gets these 8 bits above it"),
    "LIST_APPEND": ("1", "0", "item -> (list oparg deep).append(item)"),
    "SET_ADD": ("1", "0", "item -> (set oparg deep).add(item)"),
    "MAP_ADD": ("2", "0", "key, value -> (dict oparg deep)[key] = value"),
    "LOAD_CLASSDEREF": ("0", "1", "class body: push name of cell oparg from locals, else the cell"),
    "COPY_FREE_VARS": ("0", "0", "copy oparg free variables from the closure into the frame"),
    "RESUME": ("0", "0", "start or resume the frame (0 start, 1 yield, 2 yield from, 3 await)"),
    "MATCH_CLASS": ("3", "1", "subject, cls, kw names -> tuple of attributes or None"),
    "FORMAT_VALUE": ("1 + ((oparg >> 2) & 1)", "1",
                     "value[, spec] -> formatted str; oparg & 3 conversion, & 4 spec"),
    "BUILD_CONST_KEY_MAP": ("oparg + 1", "1", "oparg values, tuple of keys -> dict"),
    "BUILD_STRING": ("oparg", "1", "oparg strings -> their concatenation"),
    "LOAD_METHOD": ("1", "2", "obj -> method, obj  or  NULL, obj.names[oparg]"),
    "LIST_EXTEND": ("1", "0", "iterable -> (list oparg deep).extend(iterable)"),
    "SET_UPDATE": ("1", "0", "iterable -> (set oparg deep).update(iterable)"),
    "DICT_MERGE": ("1", "0", "mapping -> (dict oparg deep) merged, duplicate keys raise"),
    "DICT_UPDATE": ("1", "0", "mapping -> (dict oparg deep).update(mapping)"),
    "PRECALL": ("oparg", "0", "prepare a call of oparg arguments (binds methods)"),
    "CALL": ("2", "1", "NULL|method, callable|self, args -> result"),
    "KW_NAMES": ("0", "0", "the next CALL's last arguments are keywords named consts[oparg]"),
    "POP_JUMP_BACKWARD_IF_NOT_NONE": ("1", "0", "pop TOS; jump back if it is not None"),
    "POP_JUMP_BACKWARD_IF_NONE": ("1", "0", "pop TOS; jump back if it is None"),
    "POP_JUMP_BACKWARD_IF_FALSE": ("1", "0", "pop TOS; jump back if it is false"),
    "POP_JUMP_BACKWARD_IF_TRUE": ("1", "0", "pop TOS; jump back if it is true"),
}

# The compiler's pseudo instructions: resolved or removed before bytecode is written.
# name: (has arg, jump, pops, pushes, meaning)
kPseudo = [
    ("SETUP_FINALLY", "Jump", "Setup", "0", "jump",
     "push a handler: on exception jump to the target with the exception pushed"),
    ("SETUP_CLEANUP", "Jump", "Setup", "0", "2 * jump",
     "push a handler that also pushes lasti (cleanup code re-raising with RERAISE 1)"),
    ("SETUP_WITH", "Jump", "Setup", "0", "jump",
     "push a with-block handler (the __exit__ stays on the stack)"),
    ("POP_BLOCK", "None", "No", "0", "0", "pop the handler pushed by the last SETUP_*"),
    ("JUMP", "Jump", "Either", "0", "0", "unconditional jump: JUMP_FORWARD or JUMP_BACKWARD"),
    ("JUMP_NO_INTERRUPT", "Jump", "Either", "0", "0",
     "unconditional jump that does not poll: JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT"),
    ("POP_JUMP_IF_FALSE", "Jump", "Either", "1", "0", "pop TOS; jump if false (forward or back)"),
    ("POP_JUMP_IF_TRUE", "Jump", "Either", "1", "0", "pop TOS; jump if true (forward or back)"),
    ("POP_JUMP_IF_NONE", "Jump", "Either", "1", "0", "pop TOS; jump if None (forward or back)"),
    ("POP_JUMP_IF_NOT_NONE", "Jump", "Either", "1", "0",
     "pop TOS; jump if not None (forward or back)"),
]
kPseudoBase = 256

kSampleArgs = list(range(0, 1025)) + [4095, 65535, 65536 + 3, 2**20 + 5]


def arg_kind(op):
    if op in opcode.hasconst: return "Const"
    if op in opcode.hasname: return "Name"
    if op in opcode.haslocal: return "Local"
    if op in opcode.hasfree: return "Free"
    if op in opcode.hascompare: return "Compare"
    if op in opcode.hasjrel or op in opcode.hasjabs: return "Jump"
    return "Int" if op >= opcode.HAVE_ARGUMENT else "None"


def jump_kind(name, op):
    if op not in opcode.hasjrel: return "No"
    return "Backward" if "JUMP_BACKWARD" in name else "Forward"


def effect(formula, oparg, jump):
    return eval(formula, {}, {"oparg": oparg, "jump": int(jump)})


def real_opcodes():
    return sorted(opcode.opmap.items(), key=lambda item: item[1])


def verify():
    names = {name for name, _ in real_opcodes()}
    missing = names - set(kSpec)
    extra = set(kSpec) - names
    if missing or extra:
        sys.exit(f"gen-opcodes: spec out of step with opcode: missing {sorted(missing)}, extra {sorted(extra)}")
    for name, op in real_opcodes():
        pops, pushes, _ = kSpec[name]
        args = kSampleArgs if op >= opcode.HAVE_ARGUMENT else [None]
        for arg in args:
            for jump in (False, True):
                want = dis.stack_effect(op, arg, jump=jump)
                got = effect(pushes, arg or 0, jump) - effect(pops, arg or 0, jump)
                if want != got:
                    sys.exit(f"gen-opcodes: {name} oparg={arg} jump={jump}: formula gives {got}, "
                             f"dis.stack_effect {want}")


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_def():
    out = []
    out.append("// The one opcode table of Glasspy (bytecode stage): CPython 3.11's instructions with")
    out.append("// their numbers, inline CACHE entries, argument class, jump kind, stack effect and meaning.")
    out.append("// It feeds the Opcode enum and metadata (bytecode/opcode.h), the compiler's stack-depth")
    out.append("// computation, the VM's dispatch and `dis`.")
    out.append("// Generated by tools/gen-opcodes.py from python3's own `opcode` and `dis` modules, with the")
    out.append("// stack-effect formulas checked against dis.stack_effect; do not edit.")
    out.append("//")
    out.append("// X-macros; define the ones you need before including (the rest expand to nothing):")
    out.append("//   GP_OPCODE(NAME, number, caches, arg, jump, pops, pushes, meaning)")
    out.append("//       a real instruction. caches: inline CACHE code units after it. arg: None (no")
    out.append("//       argument), Int, Const (co_consts index), Name (co_names), Local (co_varnames),")
    out.append("//       Free (cell/free slot), Compare (cmp_op index), Jump (relative target).")
    out.append("//       jump: No, Forward, Backward. pops/pushes: expressions over `oparg` and `jump`")
    out.append("//       (1 when the jump is taken); only pushes - pops is CPython's, the split is ours.")
    out.append("//   GP_PSEUDO(NAME, number, arg, jump, pops, pushes, meaning)")
    out.append("//       a compiler-only instruction (numbers from 256); jump: Setup (exception handler")
    out.append("//       push), Either (direction fixed when blocks are laid out), No.")
    out.append("//   GP_SPECIALIZED(NAME, number, BASE)")
    out.append("//       a quickened form the VM may write in place of BASE (dis shows BASE).")
    out.append("")
    for macro, params in (("GP_OPCODE", "a0, a1, a2, a3, a4, a5, a6, a7"),
                          ("GP_PSEUDO", "a0, a1, a2, a3, a4, a5, a6"),
                          ("GP_SPECIALIZED", "a0, a1, a2")):
        out.append(f"#ifndef {macro}")
        out.append(f"#define {macro}({params})")
        out.append("#endif")
        out.append("")
    for name, op in real_opcodes():
        pops, pushes, meaning = kSpec[name]
        caches = opcode._inline_cache_entries[op]
        out.append(f"GP_OPCODE({name}, {op}, {caches}, {arg_kind(op)}, {jump_kind(name, op)}, "
                   f"{pops}, {pushes},")
        out.append(f"          {c_string(meaning)})")
    out.append("")
    for i, (name, arg, jump, pops, pushes, meaning) in enumerate(kPseudo):
        out.append(f"GP_PSEUDO({name}, {kPseudoBase + i}, {arg}, {jump}, {pops}, {pushes},")
        out.append(f"          {c_string(meaning)})")
    out.append("")
    all_opmap = dis._all_opmap
    for base, forms in sorted(opcode._specializations.items()):
        for form in forms:
            out.append(f"GP_SPECIALIZED({form}, {all_opmap[form]}, {base})")
    out.append("")
    out.append("#undef GP_OPCODE")
    out.append("#undef GP_PSEUDO")
    out.append("#undef GP_SPECIALIZED")
    return "\n".join(out) + "\n"


def render_cases():
    """CPython's view of every opcode, for tests/unit/bytecode/opcode_test.cpp."""
    out = ["// Generated by tools/gen-opcodes.py from python3's `opcode` and `dis`; do not edit.",
           "// {name, number, caches, has_arg, jrel, backward, const, name, local, free, compare}",
           "struct OpcodeCase {",
           "  const char* name;",
           "  int number, caches;",
           "  bool has_arg, jrel, backward, hasconst, hasname, haslocal, hasfree, hascompare;",
           "};",
           "// {number, oparg, jump, stack effect}",
           "struct StackEffectCase {",
           "  int number, oparg;",
           "  bool jump;",
           "  int effect;",
           "};",
           "constexpr OpcodeCase kOpcodeCases[] = {"]
    b = lambda v: "true" if v else "false"
    for name, op in real_opcodes():
        out.append(f'    {{"{name}", {op}, {opcode._inline_cache_entries[op]}, {b(op >= opcode.HAVE_ARGUMENT)}, '
                   f'{b(op in opcode.hasjrel)}, {b("JUMP_BACKWARD" in name)}, {b(op in opcode.hasconst)}, '
                   f'{b(op in opcode.hasname)}, {b(op in opcode.haslocal)}, {b(op in opcode.hasfree)}, '
                   f'{b(op in opcode.hascompare)}}},')
    out.append("};")
    out.append("constexpr StackEffectCase kStackEffectCases[] = {")
    args = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 255, 256, 257, 513, 1000]
    for name, op in real_opcodes():
        for arg in (args if op >= opcode.HAVE_ARGUMENT else [0]):
            for jump in (False, True):
                e = dis.stack_effect(op, arg if op >= opcode.HAVE_ARGUMENT else None, jump=jump)
                out.append(f"    {{{op}, {arg}, {b(jump)}, {e}}},")
    out.append("};")
    out.append("// The specialised forms: {name, number, base number}.")
    out.append("struct SpecializedCase {")
    out.append("  const char* name;")
    out.append("  int number, base;")
    out.append("};")
    out.append("constexpr SpecializedCase kSpecializedCases[] = {")
    for base, forms in sorted(opcode._specializations.items()):
        for form in forms:
            out.append(f'    {{"{form}", {dis._all_opmap[form]}, {opcode.opmap[base]}}},')
    out.append("};")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen-opcodes: needs CPython 3.11 (the reference)")
    verify()
    stale = False
    for path, text in ((kOutput, render_def()), (kCases, render_cases())):
        old = open(path).read() if os.path.exists(path) else None
        if old == text:
            continue
        if args.check:
            print(f"gen-opcodes: {os.path.relpath(path, kRoot)} is stale", file=sys.stderr)
            stale = True
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
    sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
