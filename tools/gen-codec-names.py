#!/usr/bin/env python3
"""Generates the codec data of Glasspy's tokenize emulation from CPython 3.11's `encodings`.

A coding cookie names a codec; tokenize looks it up with codecs.lookup(), which accepts the
alias keys of encodings.aliases and the names of the codec modules of the encodings package,
then decodes each line with bytes.decode(). This script asks CPython itself (DESIGN.md:
CPython is the oracle) which names codecs.lookup() accepts on this platform, which codec
module each reaches and how glasspy decodes it:

  kUtf8, kUtf8Sig, kLatin1, kAscii   utf_8, utf_8_sig, latin_1 or charmap, ascii: in full
  kCharmap                           a single-byte codec whose ASCII bytes decode to
                                     themselves (cp1252, koi8_r, iso8859_5, mac_roman...):
                                     its table for bytes 0x80..0xFF
  kCharmapFull                       any other single-byte codec (EBCDIC, cp864): its table
                                     for all 256 bytes
  kAsciiCompatible                   a multibyte (CJK) codec whose ASCII bytes decode to
                                     themselves: only lines of ASCII are decoded (their
                                     tables would weigh hundreds of KB in the wasm module)
  kNotText                           not a text encoding (rot13, base64...)
  kUndefined                         the 'undefined' codec
  kUnsupported                       anything else (UTF-16, UTF-7, ISO-2022, HZ, idna...)

For each codec module it also records the traceback frame that python3 prints when decoding
fails inside the codec's Python code (e.g. encodings/cp1251.py, line 15, in decode), as a
template: "{lib}" for the library folder, "{module}" for the module's name.

Writes (both included once, by engine/lex/tokenize_decoding.cpp):
  engine/lex/codec_names.inc    the codec modules and the names that reach each
  engine/lex/codec_tables.inc   the single-byte decoding tables and the frame templates

Usage: python3 tools/gen-codec-names.py [--check]   (--check: fail if the files are stale)
"""
import argparse
import codecs
import encodings
import encodings.aliases
import importlib
import os
import pkgutil
import sys
import traceback

kRoot = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kNamesPath = os.path.join(kRoot, "engine/lex/codec_names.inc")
kTablesPath = os.path.join(kRoot, "engine/lex/codec_tables.inc")
kEncodingsDir = encodings.__path__[0]
kLibDir = os.path.dirname(kEncodingsDir)

# Codec modules decoded by dedicated code ('charmap' without a mapping is Latin-1).
kSpecialCodecs = {"utf_8": "kUtf8", "utf_8_sig": "kUtf8Sig", "latin_1": "kLatin1", "charmap": "kLatin1",
                  "ascii": "kAscii"}
kUndefinedByte = 0xFFFE  # a table entry for a byte the codec does not define (as in CPython's tables)


def lookup(name):
    """codecs.lookup(name), or None if it raises LookupError."""
    try:
        return codecs.lookup(name)
    except LookupError:
        return None


def byte_table(module):
    """The code point each byte decodes to (kUndefinedByte where it fails), or None if the
    codec is not a single-byte charmap codec."""
    codec_module = importlib.import_module("encodings." + module)
    if not (hasattr(codec_module, "decoding_table") or hasattr(codec_module, "decoding_map")):
        return None
    table = []
    for b in range(256):
        try:
            text = bytes([b]).decode(module)
        except UnicodeDecodeError as e:
            assert (e.encoding, e.reason) == ("charmap", "character maps to <undefined>"), (module, b, e)
            table.append(kUndefinedByte)
            continue
        assert len(text) == 1 and ord(text) < 0x10000 and ord(text) != kUndefinedByte, (module, b, text)
        table.append(ord(text))
    # Decoding is byte by byte: a whole line decodes as its bytes do one at a time.
    sample = bytes(b for b in range(256) if table[b] != kUndefinedByte)
    assert sample.decode(module) == "".join(chr(table[b]) for b in sample), module
    return table


def treatment(module, info):
    """(how glasspy decodes codec module `module`, its byte table or None)."""
    if module in kSpecialCodecs:
        return kSpecialCodecs[module], None
    if not info._is_text_encoding:
        return "kNotText", None
    if module == "undefined":
        return "kUndefined", None
    table = byte_table(module)
    if table is not None:
        return ("kCharmap" if table[:128] == list(range(128)) else "kCharmapFull"), table
    # A line of ASCII decodes to itself with a multibyte (CJK) codec whose ASCII bytes decode
    # to themselves (not so for HZ or ISO-2022). Codecs such as idna or raw_unicode_escape
    # pass single ASCII bytes through but transform some sequences.
    multibyte = type(getattr(info.decode, "__self__", None)).__name__ == "MultibyteCodec"
    try:
        ascii_identity = all(bytes([b]).decode(module) == chr(b) for b in range(128))
    except UnicodeError:
        ascii_identity = False
    return ("kAsciiCompatible" if multibyte and ascii_identity else "kUnsupported"), None


def failure_frame(module, kind, table):
    """The traceback frames in the codec's own files when decoding fails through the codec
    registry (as bytes.decode() does for names it has no shortcut for), as a template; empty
    if glasspy does not decode this codec, or if decoding cannot fail or fails in C code."""
    if kind in ("kCharmap", "kCharmapFull"):
        undefined = [b for b in range(256) if table[b] == kUndefinedByte]
        if not undefined:
            return ""
        data = bytes(undefined[:1])
    elif kind in ("kUtf8", "kUtf8Sig", "kAscii"):
        data = b"\xff"
    else:
        return ""
    try:
        codecs.decode(data, module)
    except UnicodeDecodeError as e:
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename.startswith(kEncodingsDir)]
        text = "".join(traceback.StackSummary.from_list(frames).format())
        text = text.replace(f"{kEncodingsDir}/{module}.py", "{lib}/encodings/{module}.py")
        assert kLibDir not in text, (module, text)
        return text
    raise AssertionError(f"{module} decodes {data!r}")


class Codec:
    def __init__(self, module, kind, table, frame):
        self.module, self.kind, self.table, self.frame = module, kind, table, frame
        self.aliases = []            # alias keys that reach this module
        self.by_module_name = False  # whether the module's own name reaches it


def collect():
    """The codec modules some name reaches, in module order."""
    aliases = encodings.aliases.aliases
    modules = sorted(m.name for m in pkgutil.iter_modules(encodings.__path__) if m.name != "aliases")
    found = {}

    def codec(module, info):
        if module not in found:
            kind, table = treatment(module, info)
            found[module] = Codec(module, kind, table, failure_frame(module, kind, table))
        return found[module]

    for key in sorted(aliases):
        info = lookup(key)
        if info is not None:
            codec(aliases[key], info).aliases.append(key)
    for name in modules:
        info = lookup(name)
        if info is not None and name not in aliases:
            codec(name, info).by_module_name = True
    return [found[m] for m in sorted(found)]


def string_lines(names, indent):
    """A C++ string literal of the space-separated names, split into lines under 100 columns."""
    lines, line = [], ""
    for name in names:
        if line and len(indent) + len(line) + len(name) + 4 > 96:
            lines.append(line + " ")
            line = ""
        line += (" " if line else "") + name
    lines.append(line)
    return "\n".join(f'{indent}"{text}"' for text in lines)


def header(what):
    return [f"// GENERATED by tools/gen-codec-names.py from CPython {sys.version.split()[0]}'s encodings "
            "package. Do not edit.",
            f"// Included once, by engine/lex/tokenize_decoding.cpp: {what}"]


def render(codecs_found):
    frames = [""]
    tables = []  # (offset, values)
    offset = 0
    for c in codecs_found:
        if c.frame not in frames:
            frames.append(c.frame)
        c.frame_index = frames.index(c.frame)
        c.offset = 0
        if c.table is not None:
            values = c.table[128:] if c.kind == "kCharmap" else c.table
            c.offset = offset
            tables.append((c.module, values))
            offset += len(values)
    assert offset < 1 << 16

    names = header("every codec module that codecs.lookup()")
    names += ["// reaches on Linux, how glasspy decodes it, and the names that reach it: the alias keys of",
              "// encodings.aliases, and the module's own name where it is not an alias key.",
              "",
              "constexpr CodecModule kCodecModules[] = {",
              "    // codec, table offset (kCharmapTables), frame (kCodecFrames), module, own name reaches it",
              "    // alias keys"]
    for c in codecs_found:
        own = "true" if c.by_module_name else "false"
        names.append(f'    {{Codec::{c.kind}, {c.offset}, {c.frame_index}, "{c.module}", {own},')
        names.append(string_lines(c.aliases, "     ") + "},")
    names.append("};")

    out = header("the decoding tables of the")
    out += ["// single-byte codecs and the traceback frames of failed decodes.",
            "",
            "// A kCharmap codec's bytes 0x80..0xFF decode to kCharmapTables[offset + byte - 0x80]; a",
            "// kCharmapFull codec's byte b to kCharmapTables[offset + b]. 0xFFFE: undefined byte.",
            "inline constexpr char16_t kCharmapTables[] = {"]
    for module, values in tables:
        out.append(f"    // {module}")
        for i in range(0, len(values), 12):
            out.append("    " + " ".join(f"0x{v:04X}," for v in values[i:i + 12]))
    out += ["};",
            "",
            "// What python3 prints of the codec's own code when a decode fails in it: \"{lib}\" stands for",
            "// the library folder, \"{module}\" for the codec module. Entry 0: no such frame.",
            "inline constexpr std::string_view kCodecFrames[] = {"]
    for frame in frames:
        lines = frame.splitlines(keepends=True) or [""]
        out.append("\n".join("    " + c_string(line) for line in lines) + ",")
    out.append("};")
    return "\n".join(names) + "\n", "\n".join(out) + "\n"


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    args = parser.parse_args()
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11: the codecs are those of its encodings package")
    names, tables = render(collect())
    stale = []
    for path, text in ((kNamesPath, names), (kTablesPath, tables)):
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old == text:
            continue
        stale.append(os.path.relpath(path, kRoot))
        if not args.check:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {stale[-1]}")
    if args.check and stale:
        sys.exit(f"stale: {', '.join(stale)}: run tools/gen-codec-names.py")
    if not stale:
        print("codec files are up to date")


if __name__ == "__main__":
    main()
