#!/usr/bin/env python3
"""Generates Glasspy's Unicode character-name database from CPython 3.11's own `unicodedata`.

Every name comes from CPython (DESIGN.md: CPython is the oracle): unicodedata.name() for the
characters, and CPython's own name-lookup C API (the unicodedata._ucnhash_CAPI capsule) for
the name aliases and named sequences, which unicodedata cannot list. Writes two files:

  engine/unicode/char_names_tables.inc        the compact name tables for the engine
  tests/unit/unicode/char_names_expected.inc  what CPython answers, for the unit test

The encoding (char_names.cpp reads it):
  - Hangul syllables, CJK unified ideographs and a few families whose names are a prefix
    and a number (CJK COMPATIBILITY IDEOGRAPH-F900, TANGUT COMPONENT-001, BRAILLE PATTERN
    DOTS-12, ...) are computed, not stored.
  - The other names, in code point order, are front coded: each stores how many leading
    characters it shares with the name before it (a byte in its own array, which gzip
    squeezes better than interleaved) and the rest of its text, in a byte stream where a
    byte is a letter, the name's last letter, or a word of the lexicon (one or two bytes,
    the last of the name unless it ends with a space or hyphen).
    Every 2**kChunkShift names the sharing restarts, so a name decodes from at most that
    many predecessors.
  - Code points map to name numbers through runs of consecutive named code points.
  - Name aliases and named sequences are two more front-coded lists, sorted by name.
Reverse lookup scans the front-coded lists, comparing only where a name can still match; for
the character names, a mask of kMaskBits bits per chunk, set by hashes of its names' first
words, lets it skip most chunks unread.

Usage: python3 tools/gen-unicode-names.py [--check]   (--check: fail if the files are stale)
"""
import argparse
import codecs
import collections
import ctypes
import os
import random
import re
import sys
import unicodedata

kCodePoints = 0x110000
kRoot = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kTablesPath = os.path.join(kRoot, "engine/unicode/char_names_tables.inc")
kExpectedPath = os.path.join(kRoot, "tests/unit/unicode/char_names_expected.inc")

kChunkShift = 7           # names per restart of the front coding: 128
kMaskBits = 128          # bits of a chunk's first-word mask
kMinWordCount = 8         # a word enters the lexicon if it occurs this often
kAlphabet = " -0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # byte 1 + i is kAlphabet[i]
kLastLetter = 1 + len(kAlphabet)  # byte kLastLetter + i is kAlphabet[i], ending the name
kEmpty = 0                # byte of an empty suffix
kFirstWordByte = 1 + 2 * len(kAlphabet)
kMaxLookupLength = 256    # unicodedata.lookup: longer is "name too long" (NAME_MAXLEN)

kHangulSBase, kHangulLCount, kHangulVCount, kHangulTCount = 0xAC00, 19, 21, 28
kHangulSCount = kHangulLCount * kHangulVCount * kHangulTCount

# Families whose names are computed: (prefix, kind). Hex: the code point in at least four
# hex digits. Decimal: a number counting up along the code points (Tangut components in
# three digits). Braille: the raised dots of the pattern (cp - U+2800's bits), as 1..8.
kFamilies = [("CJK COMPATIBILITY IDEOGRAPH-", "Hex"), ("KHITAN SMALL SCRIPT CHARACTER-", "Hex"),
             ("NUSHU CHARACTER-", "Hex"), ("TANGUT COMPONENT-", "Decimal"),
             ("VARIATION SELECTOR-", "Decimal"), ("BRAILLE PATTERN DOTS-", "Braille")]
kFamilyKinds = ["Hex", "Decimal", "Braille"]


# ---- What CPython knows ----------------------------------------------------------------------

def ucnhash_getname():
    """CPython 3.11's _PyUnicode_Name_CAPI.getname(code, buffer, buflen, with_named_seq):
    with_named_seq=1 it also names the private code points CPython files aliases under
    (U+F0000..) and named sequences under (U+F0200..)."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    api = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    getname_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                                    ctypes.c_int)
    getname = getname_type(ctypes.cast(api, ctypes.POINTER(ctypes.c_void_p))[0])
    buffer = ctypes.create_string_buffer(kMaxLookupLength + 1)

    def name(code):
        return buffer.value.decode("ascii") if getname(code, buffer, len(buffer), 1) else None
    return name


def hex_name(prefix, cp):
    return "%s%04X" % (prefix, cp)


def braille_name(cp):
    dots = "".join(str(bit + 1) for bit in range(8) if (cp - 0x2800) >> bit & 1)
    return "BRAILLE PATTERN DOTS-" + dots


class Database:
    def __init__(self):
        self.names = {}          # cp -> name, every named code point
        for cp in range(kCodePoints):
            name = unicodedata.name(chr(cp), None)
            if name is not None:
                assert re.fullmatch(r"[A-Z0-9][A-Z0-9 -]*", name), name
                self.names[cp] = name
        self.hangul = self._hangul_jamo()
        self.cjk_ranges = self._ranges(lambda cp, n: n == "CJK UNIFIED IDEOGRAPH-%X" % cp)
        self.families = self._families()
        in_family = {cp for first, last, *_ in self.families for cp in range(first, last + 1)}
        self.stored = [(cp, name) for cp, name in sorted(self.names.items())
                       if not (kHangulSBase <= cp < kHangulSBase + kHangulSCount)
                       and not any(a <= cp <= b for a, b in self.cjk_ranges)
                       and cp not in in_family]
        self.aliases, self.sequences = self._aliases_and_sequences()
        # The engine looks only for these computed names past these prefixes.
        for name in ([n for _, n in self.stored] + [n for n, _ in self.aliases]
                     + [n for n, _ in self.sequences]):
            assert not name.startswith(("HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-")), name
        for cp, name in self.names.items():
            assert unicodedata.lookup(name) == chr(cp)

    def _hangul_jamo(self):
        """The short jamo names (Jamo.txt) read back from CPython's syllable names: ieung
        (L 11) and A (V 0) are the fixed parts."""
        def syllable(l, v, t):
            name = self.names[kHangulSBase + (l * kHangulVCount + v) * kHangulTCount + t]
            assert name.startswith("HANGUL SYLLABLE ")
            return name[16:]
        leads = [syllable(l, 0, 0)[:-1] for l in range(kHangulLCount)]
        vowels = [syllable(11, v, 0) for v in range(kHangulVCount)]
        trails = [syllable(11, 0, t)[1:] for t in range(kHangulTCount)]
        assert leads[11] == "" and vowels[0] == "A" and trails[0] == ""
        for s in range(kHangulSCount):
            l, v, t = s // (kHangulVCount * kHangulTCount), s // kHangulTCount % kHangulVCount, \
                s % kHangulTCount
            assert self.names[kHangulSBase + s] == "HANGUL SYLLABLE " + leads[l] + vowels[v] + \
                trails[t]
        return leads, vowels, trails

    def _ranges(self, test):
        ranges = []
        for cp in sorted(self.names):
            if test(cp, self.names[cp]):
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp])
        return [tuple(r) for r in ranges]

    def _families(self):
        """(first, last, kind, base, width, prefix) runs whose names are computed. A decimal
        run counts up by one per code point in a fixed number of digits."""
        runs = []
        for cp, name in sorted(self.names.items()):
            family = next(((p, k) for p, k in kFamilies if name.startswith(p)), None)
            if family is None:
                continue
            prefix, kind = family
            number = name[len(prefix):]
            base, width = (int(number), len(number)) if kind == "Decimal" else (0, 0)
            last = runs[-1] if runs else None
            if (last and last[2] == kind and last[5] == prefix and last[4] == width
                    and last[1] == cp - 1
                    and (kind != "Decimal" or base == last[3] + cp - last[0])):
                last[1] = cp
            else:
                runs.append([cp, cp, kind, base, width, prefix])
        for first, last, kind, base, width, prefix in runs:
            for cp in range(first, last + 1):
                assert family_name(kind, prefix, base, width, first, cp) == self.names[cp]
        return [tuple(r) for r in runs]

    def _aliases_and_sequences(self):
        getname = ucnhash_getname()
        assert getname(0x41) == "LATIN CAPITAL LETTER A"
        aliases, sequences = [], []
        for code in range(0xF0000, 0xF1000):
            name = getname(code)
            if name is None:
                continue
            value = unicodedata.lookup(name)
            if code < 0xF0200:
                assert len(value) == 1
                assert codecs.decode("\\N{%s}" % name, "unicode_escape") == value
                aliases.append((name, ord(value)))
            else:
                assert len(value) > 1
                sequences.append((name, [ord(c) for c in value]))
        assert len(aliases) > 400 and len(sequences) > 400
        return sorted(aliases), sorted(sequences)


def family_name(kind, prefix, base, width, first, cp):
    if kind == "Hex":
        return hex_name(prefix, cp)
    if kind == "Braille":
        return braille_name(cp)
    return "%s%0*d" % (prefix, width, base + cp - first)


# ---- Front coding --------------------------------------------------------------------------

def tokens_of(text):
    """A suffix split after each space or hyphen: "SMALL LETTER A" -> "SMALL ", "LETTER ", "A"."""
    return re.findall(r"[^ -]*[ -]?", text)[:-1] if text else []


def front_code(names, restart):
    """(prefix lengths, suffixes): each name shares `prefix` leading characters with the one
    before it, except every `restart` names, where it shares none."""
    prefixes, suffixes = [], []
    previous = ""
    for i, name in enumerate(names):
        shared = 0
        if i % restart:
            limit = min(len(name), len(previous))
            while shared < limit and name[shared] == previous[shared]:
                shared += 1
        prefixes.append(shared)
        suffixes.append(name[shared:])
        previous = name
    return prefixes, suffixes


class Lexicon:
    """Frequent words (with the separator after them), most frequent first. The first
    `one_byte` take one byte; the rest a lead byte and a second byte."""

    def __init__(self, suffix_lists):
        counts = collections.Counter()
        for suffixes in suffix_lists:
            for suffix in suffixes:
                counts.update(tokens_of(suffix))
        ranked = [w for w, c in sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
                  if c >= kMinWordCount and len(w) > 1]
        free = 256 - kFirstWordByte
        self.one_byte = free - (len(ranked) - free + 255) // 256
        # A two-byte word must be longer than two letters to be worth it.
        self.words = [w for i, w in enumerate(ranked) if i < self.one_byte or len(w) > 2]
        self.one_byte = min(self.one_byte, len(self.words))
        # In each part, the words that end a name (no separator after them) come last, so
        # that a word's number tells whether it does.
        def ends_name(w):
            return w[-1] not in " -"
        one, two = self.words[:self.one_byte], self.words[self.one_byte:]
        one = [w for w in one if not ends_name(w)] + [w for w in one if ends_name(w)]
        two = [w for w in two if not ends_name(w)] + [w for w in two if ends_name(w)]
        self.words = one + two
        self.first_last_one = sum(1 for w in one if not ends_name(w))
        self.first_last_two = self.one_byte + sum(1 for w in two if not ends_name(w))
        leads = (len(self.words) - self.one_byte + 255) // 256
        assert kFirstWordByte + self.one_byte + leads <= 256
        self.index = {w: i for i, w in enumerate(self.words)}

    def encode(self, suffix):
        """A name's suffix ends with its last letter or word: a word ends the name unless it
        ends with a separator (no name does), a letter if it is a last-letter byte."""
        tokens = tokens_of(suffix)
        if not tokens:
            return [kEmpty]
        assert suffix[-1] not in " -"
        out = []
        for token in tokens:
            i = self.index.get(token)
            if i is None:
                out.extend(1 + kAlphabet.index(c) for c in token)
                if token is tokens[-1]:
                    out[-1] += kLastLetter - 1
            elif i < self.one_byte:
                out.append(kFirstWordByte + i)
            else:
                i -= self.one_byte
                out += [kFirstWordByte + self.one_byte + (i >> 8), i & 0xFF]
        return out

    def decode(self, data, pos):
        text = ""
        while True:
            b = data[pos]
            pos += 1
            if b == kEmpty:
                return text, pos
            if b < kFirstWordByte:
                text += kAlphabet[(b - 1) % len(kAlphabet)]
                if b >= kLastLetter:
                    return text, pos
                continue
            if b < kFirstWordByte + self.one_byte:
                text += self.words[b - kFirstWordByte]
            else:
                text += self.words[self.one_byte + ((b - kFirstWordByte - self.one_byte) << 8)
                                   + data[pos]]
                pos += 1
            if text[-1] not in " -":
                return text, pos


def first_word_bit(name):
    """Which bit of a chunk's mask a name sets: FNV-1a of its first word, mod kMaskBits."""
    h = 0x811C9DC5
    for c in re.split(r"[ -]", name)[0].encode("ascii"):
        h = ((h ^ c) * 0x01000193) & 0xFFFFFFFF
    return h % kMaskBits


class NameList:
    """One front-coded list: prefix lengths, the suffix stream, and where each chunk of
    2**shift names starts in the stream."""

    def __init__(self, names, shift, lexicon):
        self.names = names
        self.shift = shift
        self.prefixes, self.suffixes = front_code(names, 1 << shift)
        self.stream = []
        self.chunks = []
        for i, suffix in enumerate(self.suffixes):
            if i % (1 << shift) == 0:
                self.chunks.append(len(self.stream))
            self.stream += lexicon.encode(suffix)
        self.chunks.append(len(self.stream))
        # Decode it all back, as the engine will.
        previous, pos = "", 0
        for i, name in enumerate(names):
            suffix, pos = lexicon.decode(self.stream, pos)
            previous = previous[:self.prefixes[i]] + suffix
            assert previous == name

    def size(self, with_masks=False):
        return (len(self.prefixes) + len(self.stream) + 4 * len(self.chunks)
                + (kMaskBits // 8 * (len(self.chunks) - 1) if with_masks else 0))

    def masks(self):
        """Per chunk, the first_word_bit of each of its names, as 64-bit words (low first)."""
        size = 1 << self.shift
        words = []
        for i in range(0, len(self.names), size):
            mask = sum({1 << first_word_bit(n) for n in self.names[i:i + size]})
            words += [mask >> (64 * j) & (1 << 64) - 1 for j in range(kMaskBits // 64)]
        return words

    def emit(self, out, n, with_masks):
        out.append(emit_array(f"k{n}Prefixes", "uint8_t", self.prefixes))
        out.append(emit_array(f"k{n}Suffixes", "uint8_t", self.stream))
        out.append(emit_array(f"k{n}Chunks", "uint32_t", self.chunks))
        masks = "nullptr"
        if with_masks:
            out.append(emit_array(f"k{n}Masks", "uint64_t", self.masks(), lambda m: "%#xull" % m))
            masks = f"k{n}Masks"
        out.append(f"inline constexpr NameList k{n}List = {{k{n}Prefixes, k{n}Suffixes, "
                   f"k{n}Chunks, {masks}, {len(self.names)}, {self.shift}}};")


# ---- Output ----------------------------------------------------------------------------------

def width_of(values):
    top = max(values) if values else 0
    for ctype, size in (("uint8_t", 1), ("uint16_t", 2), ("uint32_t", 4)):
        if top < 1 << (8 * size):
            return ctype
    raise ValueError("value too large")


def emit_array(name, ctype, values, text=str):
    """A C++ array definition, wrapped under 100 columns."""
    lines, line = [], " "
    for item in (text(v) for v in values):
        if len(line) + len(item) + 2 > 96:
            lines.append(line.rstrip())
            line = " "
        line += " " + item + ","
    lines.append(line.rstrip())
    return f"inline constexpr {ctype} {name}[{len(values)}] = {{\n" + "\n".join(lines) + "\n};"


def c_string(s):
    """A C++ string literal for the UTF-8 of `s`, escaping what needs it."""
    out, after_hex = "", False
    for b in s.encode("utf-8", "surrogatepass"):
        c = chr(b)
        if 0x20 <= b < 0x7F and c not in '"\\?':
            out += ('""' if after_hex and c in "0123456789abcdefABCDEF" else "") + c
            after_hex = False
        else:
            out += "\\x%02x" % b
            after_hex = True
    return '"' + out + '"'


def write_tables(db):
    lexicon_sources = []
    main_names = [name for _, name in db.stored]
    alias_names = [name for name, _ in db.aliases]
    sequence_names = [name for name, _ in db.sequences]
    everything = max(16, len(alias_names).bit_length(), len(sequence_names).bit_length())
    for names, shift in ((main_names, kChunkShift), (alias_names, everything),
                         (sequence_names, everything)):
        lexicon_sources.append(front_code(names, 1 << shift)[1])
    lexicon = Lexicon(lexicon_sources)
    main = NameList(main_names, kChunkShift, lexicon)
    aliases = NameList(alias_names, everything, lexicon)
    sequences = NameList(sequence_names, everything, lexicon)

    # Runs of consecutive stored code points: the first code point, and the number of the
    # run's first name (one more entry closes the last run).
    run_first, run_index = [], []
    for i, (cp, _) in enumerate(db.stored):
        if not run_first or db.stored[i - 1][0] != cp - 1:
            run_first.append(cp)
            run_index.append(i)
    run_index.append(len(db.stored))

    sequence_pool, sequence_starts = [], []
    for _, cps in db.sequences:
        sequence_starts.append(len(sequence_pool))
        sequence_pool += cps
    sequence_starts.append(len(sequence_pool))

    longest = max(len(n) for n in list(db.names.values()) + alias_names + sequence_names)
    word_text = "".join(lexicon.words)
    word_starts = [0]
    for w in lexicon.words:
        word_starts.append(word_starts[-1] + len(w))

    out = [f"// GENERATED by tools/gen-unicode-names.py from CPython 3.11's unicodedata "
           f"(Unicode {unicodedata.unidata_version}). Do not edit.",
           "// Included once, by engine/unicode/char_names.cpp, which explains the encoding.", ""]
    out.append(f"inline constexpr int kMaxNameLength = {longest};  // names, aliases, sequences")
    out.append(f'inline constexpr char kNameAlphabet[] = "{kAlphabet}";  // byte 1 + i')
    out.append(f"inline constexpr int kLastLetter = {kLastLetter};  // + i: letter i, the last")
    out.append(f"inline constexpr int kFirstWordByte = {kFirstWordByte};")
    out.append(f"inline constexpr int kOneByteWords = {lexicon.one_byte};")
    out.append(f"inline constexpr int kMaskBits = {kMaskBits};  // of a chunk's first-word mask")
    out.append("// Words from these on (in the one-byte, then the two-byte part) end a name.")
    out.append(f"inline constexpr int kFirstLastOneByteWord = {lexicon.first_last_one};")
    out.append(f"inline constexpr int kFirstLastTwoByteWord = {lexicon.first_last_two};")
    out.append("")
    out.append("// Hangul syllable names: HANGUL SYLLABLE + lead + vowel + trail (Jamo.txt).")
    for n, jamo in zip(("Leads", "Vowels", "Trails"), db.hangul):
        out.append(emit_array(f"kHangul{n}", "const char*", jamo, lambda j: f'"{j}"'))
    out.append("")
    out.append("// CJK UNIFIED IDEOGRAPH-XXXX: these ranges.")
    out.append(emit_array("kCjkUnifiedRanges", "CodePointRange", db.cjk_ranges,
                          lambda r: "{%#x, %#x}" % r))
    out.append("")
    out.append("// Families of computed names (char_names.cpp: NameFamily).")
    for i, kind in enumerate(kFamilyKinds):
        out.append(f"static_assert(static_cast<int>(FamilyKind::{kind}) == {i});")
    out.append(emit_array("kFamilies", "NameFamily", db.families,
                          lambda f: "{%#x, %#x, FamilyKind::%s, %d, %d, \"%s\"}" % f))
    out.append("")
    lexicon_bytes = len(word_text) + 2 * len(word_starts)
    out.append(f"// Lexicon: {len(lexicon.words)} words, {lexicon_bytes} bytes; word i is "
               "kWordText[kWordStarts[i]..kWordStarts[i + 1]).")
    out.append("inline constexpr char kWordText[] =")
    for i in range(0, len(word_text), 88):
        out.append("    " + c_string(word_text[i:i + 88]))
    out[-1] += ";"
    out.append(emit_array("kWordStarts", width_of(word_starts), word_starts))
    out.append("")
    run_bytes = 4 * len(run_first) + 2 * len(run_index)
    out.append(f"// Names of {len(db.stored)} code points in code point order: {main.size(True)} "
               f"bytes, and {run_bytes} bytes of runs.")
    out.append(f"inline constexpr int kNameRuns = {len(run_first)};")
    out.append(emit_array("kNameRunFirst", "uint32_t", run_first, hex))
    out.append(emit_array("kNameRunIndex", width_of(run_index), run_index))
    main.emit(out, "Name", True)
    out.append("")
    alias_bytes = aliases.size() + 4 * len(db.aliases)
    out.append(f"// Name aliases, sorted: {alias_bytes} bytes.")
    aliases.emit(out, "Alias", False)
    out.append(emit_array("kAliasCodePoints", "uint32_t", [cp for _, cp in db.aliases], hex))
    out.append("")
    sequence_bytes = sequences.size() + 4 * len(sequence_pool) + 2 * len(sequence_starts)
    out.append(f"// Named sequences, sorted: {sequence_bytes} bytes.")
    sequences.emit(out, "Sequence", False)
    out.append(emit_array("kSequenceStarts", width_of(sequence_starts), sequence_starts))
    out.append(emit_array("kSequencePool", "uint32_t", sequence_pool, hex))
    total = lexicon_bytes + main.size(True) + run_bytes + alias_bytes + sequence_bytes
    out.append("")
    out.append(f"// Total table data: {total} bytes.")
    return "\n".join(out) + "\n", total


# ---- Expected answers for the unit test -------------------------------------------------------

kFnvBasis = 0xCBF29CE484222325
kFnvPrime = 0x100000001B3
kDigestShift = 12
kNotFound = 0xFFFFFFFF


def fnv_update(h, data):
    for b in data:
        h = ((h ^ b) * kFnvPrime) & 0xFFFFFFFFFFFFFFFF
    return h


def escape_lookup(name):
    """What "\\N{name}" gives in a string literal: one code point, or kNotFound."""
    try:
        value = codecs.decode(b"\\N{" + name.encode("utf-8") + b"}", "unicode_escape")
    except UnicodeDecodeError:
        return kNotFound
    assert len(value) == 1
    return ord(value)


def full_lookup(name):
    """unicodedata.lookup(name) as a list of code points, or None."""
    try:
        return [ord(c) for c in unicodedata.lookup(name)]
    except KeyError:
        return None


def name_digests(db):
    """Per chunk of 4096 code points, FNV-1a over each named code point's (cp, name, what
    \\N{} makes of its lowercase spelling); the test computes the same from Glasspy."""
    digests = []
    for chunk in range(kCodePoints >> kDigestShift):
        h = kFnvBasis
        for cp in range(chunk << kDigestShift, (chunk + 1) << kDigestShift):
            name = db.names.get(cp)
            if name is None:
                continue
            h = fnv_update(h, cp.to_bytes(4, "little"))
            h = fnv_update(h, name.encode("ascii") + b"\xff")
            h = fnv_update(h, escape_lookup(name.lower()).to_bytes(4, "little"))
        digests.append(h)
    return digests


def tricky_names(db):
    """Hand-picked near misses, then seeded random mutations of real names of every kind."""
    cases = [
        "", " ", "-", "A", "LATIN", "LATIN SMALL LETTER", "LATIN SMALL LETTER A ",
        " LATIN SMALL LETTER A", "LATIN  SMALL LETTER A", "LATIN SMALL LETTER A\x00",
        "LATIN_SMALL_LETTER_A", "LATIN SMALL LETTER \u00c9",
        "Latin Small Letter A", "lAtIn sMaLl lEtTeR a", "NULL", "NUL", "nul", "bom",
        "BYTE ORDER MARK",
        "LATIN CAPITAL LETTER GHA", "LATIN CAPITAL LETTER OI", "VS1", "VS256", "VS257", "VS0",
        "VARIATION SELECTOR-0", "VARIATION SELECTOR-1", "VARIATION SELECTOR-01",
        "VARIATION SELECTOR-16", "VARIATION SELECTOR-17", "VARIATION SELECTOR-256",
        "VARIATION SELECTOR-257", "variation selector-100", "VARIATION SELECTOR-",
        "VARIATION SELECTOR--1", "VARIATION SELECTOR-+1", "VARIATION SELECTOR- 1",
        "TANGUT COMPONENT-001", "TANGUT COMPONENT-1", "TANGUT COMPONENT-0001",
        "TANGUT COMPONENT-768", "TANGUT COMPONENT-769", "TANGUT COMPONENT-000",
        "TANGUT IDEOGRAPH-17000", "TANGUT IDEOGRAPH-18D00",
        "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
        "CJK COMPATIBILITY IDEOGRAPH-0F900", "CJK COMPATIBILITY IDEOGRAPH-F90",
        "CJK COMPATIBILITY IDEOGRAPH-FA6E", "CJK COMPATIBILITY IDEOGRAPH-2F800",
        "CJK COMPATIBILITY IDEOGRAPH-2FA1E", "CJK COMPATIBILITY IDEOGRAPH-4E00",
        "KHITAN SMALL SCRIPT CHARACTER-18B00", "KHITAN SMALL SCRIPT CHARACTER-18CD6",
        "KHITAN SMALL SCRIPT CHARACTER-18b00", "NUSHU CHARACTER-1B170", "NUSHU CHARACTER-1B16F",
        "NUSHU CHARACTER-1B2FB", "NUSHU CHARACTER-1B2FC", "NUSHU CHARACTER-01B170",
        "BRAILLE PATTERN BLANK", "BRAILLE PATTERN DOTS-1", "BRAILLE PATTERN DOTS-12345678",
        "BRAILLE PATTERN DOTS-21", "BRAILLE PATTERN DOTS-11", "BRAILLE PATTERN DOTS-9",
        "BRAILLE PATTERN DOTS-0", "BRAILLE PATTERN DOTS-", "BRAILLE PATTERN DOTS-123456789",
        "braille pattern dots-135", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
        "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-004E00",
        "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-0041", "CJK UNIFIED IDEOGRAPH-9FFF",
        "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-3400", "CJK UNIFIED IDEOGRAPH-4DBF",
        "CJK UNIFIED IDEOGRAPH-4DC0", "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-2A6DF",
        "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-3134B",
        "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-4E00 ", "CJK UNIFIED IDEOGRAPH-+4E0",
        "CJK UNIFIED IDEOGRAPH 4E00", "CJK UNIFIED IDEOGRAPH-F900",
        "HANGUL SYLLABLE GA", "hangul syllable GA", "HANGUL SYLLABLE ga", "Hangul Syllable GAG",
        "HANGUL SYLLABLE A", "HANGUL SYLLABLE ", "HANGUL SYLLABLE", "HANGUL SYLLABLE G",
        "HANGUL SYLLABLE GGA", "HANGUL SYLLABLE NGA", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE HIHH",
        "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE GAGS", "HANGUL SYLLABLE  GA",
        "HANGUL SYLLABLE GA ",
        "HANGUL SYLLABLE YEOLG", "HANGUL SYLLABLE SSANG", "HANGUL SYLLABLE WAE",
        "HANGUL SYLLABLE GYAEGG", "HANGUL SYLLABLE AGA", "HANGUL SYLLABLE BBWEOLB",
        "HANGUL SYLLABLE KIYEOK", "HANGUL CHOSEONG KIYEOK", "hangul choseong kiyeok",
        "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN",
        "keycap number sign", "KEYCAP DIGIT ZERO",
        "a" * 255, "a" * 256, "a" * 257, "LATIN SMALL LETTER A" + " " * 300,
    ]
    sources = list(db.names.values())
    rng = random.Random(20240611)
    computed = ("HANGUL SYLLABLE ", "CJK UNIFIED")
    pool = (rng.sample([n for n in sources if not n.startswith(computed)], 1500)
            + rng.sample([n for n in sources if n.startswith(computed)], 300)
            + [n for n, _ in db.aliases] + [n for n, _ in db.sequences])
    letters = kAlphabet + "abcdefghijklmnopqrstuvwxyz_"
    for _ in range(4000):
        name = rng.choice(pool)
        op = rng.randrange(7)
        i = rng.randrange(len(name) + 1)
        if op == 0 and name:
            name = name[:min(i, len(name) - 1)] + name[min(i, len(name) - 1) + 1:]
        elif op == 1:
            name = name[:i] + rng.choice(letters) + name[i:]
        elif op == 2 and i < len(name):
            name = name[:i] + rng.choice(letters) + name[i + 1:]
        elif op == 3 and i + 1 < len(name):
            name = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        elif op == 4:
            name = name[:i]
        elif op == 5:
            name = "".join(c.lower() if rng.random() < 0.5 else c for c in name)
        else:
            name = name + rng.choice(["", " ", "-", "A", "1"])
        cases.append(name)
    return cases


def write_expected(db):
    out = [f"// GENERATED by tools/gen-unicode-names.py from CPython 3.11 "
           f"(Unicode {unicodedata.unidata_version}): what CPython answers, for "
           "char_names_test.cpp. Do not edit.", ""]
    out.append(f"inline constexpr int kNameDigestShift = {kDigestShift};")
    out.append(f"inline constexpr int kNamedCodePoints = {len(db.names)};")
    out.append(f"// Per {1 << kDigestShift} code points, FNV-1a over (cp, name, 0xff, "
               "\\N{lowercase name}) of each named one.")
    out.append(emit_array("kNameDigests", "uint64_t", name_digests(db), lambda h: "%#xull" % h))
    out.append("")
    out.append("// Every name alias and the code point unicodedata.lookup and \\N{} give for it.")
    out.append(emit_array("kExpectedAliases", "ExpectedAlias", db.aliases,
                          lambda a: "{%s, %#x}" % (c_string(a[0]), a[1])))
    out.append("")
    out.append("// Every named sequence and what unicodedata.lookup gives for it (\\N{} rejects")
    out.append("// it).")
    out.append(emit_array("kExpectedSequences", "ExpectedSequence", db.sequences,
                          lambda s: "{%s, U\"%s\"}" % (c_string(s[0]),
                                                       "".join("\\U%08x" % c for c in s[1]))))
    out.append("")
    out.append("// Near misses and mutated names: what \\N{} gives (0xffffffff: an error) and what")
    out.append("// unicodedata.lookup gives (nullptr: KeyError).")
    rows = []
    for name in tricky_names(db):
        found = full_lookup(name)
        if len(name) > kMaxLookupLength:
            assert found is None
        looked_up = "nullptr, 0" if found is None else 'U"%s", %d' % (
            "".join("\\U%08x" % c for c in found), len(found))
        rows.append("{%s, %d, %#x, %s}" % (c_string(name), len(name.encode("utf-8")),
                                           escape_lookup(name), looked_up))
    out.append(f"inline constexpr ExpectedLookup kExpectedLookups[{len(rows)}] = {{")
    out.extend("  " + r + "," for r in rows)
    out.append("};")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    args = parser.parse_args()
    if (sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11)
            or unicodedata.unidata_version != "14.0.0"):
        sys.exit("run this with CPython 3.11 (Unicode 14.0.0)")
    db = Database()
    tables, total = write_tables(db)
    expected = write_expected(db)
    stale = False
    for path, text in ((kTablesPath, tables), (kExpectedPath, expected)):
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old == text:
            continue
        stale = True
        if not args.check:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {os.path.relpath(path, kRoot)}")
    print(f"table data: {total} bytes")
    if args.check and stale:
        sys.exit("generated name files are stale: run tools/gen-unicode-names.py")


if __name__ == "__main__":
    main()
