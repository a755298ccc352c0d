#!/usr/bin/env python3
"""Generates Glasspy's Unicode character database from CPython 3.11's own `unicodedata`.

CPython is the oracle (DESIGN.md), so every value here is read from `unicodedata` or from the
behaviour of `str` methods, never from Glasspy. Writes two files:

  engine/unicode/unicode_tables.inc        compact lookup tables (four-level tries with
                                           deduplicated, overlapping blocks) for the engine
  tests/unit/unicode/unicode_expected.inc  what CPython says about every code point, for the
                                           unit test to compare against Glasspy's answers

Usage: python3 tools/gen-unicode-tables.py [--check]   (--check: fail if the files are stale)
"""
import _sre  # re's own case folding: the simple lowercase mapping
import argparse
import os
import random
import re
import sys
import unicodedata

kMaxCodePoint = 0x10FFFF
kCodePoints = kMaxCodePoint + 1
kRoot = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kTablesPath = os.path.join(kRoot, "engine/unicode/unicode_tables.inc")
kExpectedPath = os.path.join(kRoot, "tests/unit/unicode/unicode_expected.inc")

# Orders shared with engine/unicode/char_props.h and unicode_tables.h; the generated file
# static_asserts them, so a mismatch fails to compile instead of giving wrong answers.
kCategories = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc",
               "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp",
               "Cc", "Cf", "Cs", "Co"]
kBidiClasses = ["", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS",
                "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"]
kEastAsianWidths = ["F", "H", "W", "Na", "A", "N"]
kDecompositionTags = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>",
                      "<isolated>", "<circle>", "<super>", "<sub>", "<vertical>", "<wide>",
                      "<narrow>", "<small>", "<square>", "<fraction>", "<compat>"]
# Flag bits of CharRecord::flags (unicode_tables.h), in order from bit 0.
kFlags = ["Alpha", "Decimal", "Digit", "Numeric", "Lower", "Upper", "Title", "Space",
          "Linebreak", "Printable", "XidStart", "XidContinue", "Cased", "CaseIgnorable",
          "Mirrored", "CanonDecomposes", "CompatDecomposes", "NfcInert", "NfkcInert"]
kEawShift = 20       # CharRecord::flags bits 20..22: east asian width
kSecondShift = 23    # bits 23..28: 1 + index of the character in Database.seconds, which is
                     # its group in kCompositeStarts (0: never the second of a composition)

# Hangul syllables are composed and decomposed arithmetically (Unicode 14.0, section 3.12).
kSBase, kLBase, kVBase, kTBase = 0xAC00, 0x1100, 0x1161, 0x11A7
kLCount, kVCount, kTCount = 19, 21, 28
kSCount = kLCount * kVCount * kTCount

kExtendedCase = 0x01000000  # a CaseRecord field at or above this is a pool reference


def is_hangul_syllable(cp):
    return kSBase <= cp < kSBase + kSCount


def parse_decomposition(cp):
    """(tag index, [code points]) of the one-level mapping, or None."""
    text = unicodedata.decomposition(chr(cp))
    if not text:
        return None
    parts = text.split()
    tag = ""
    if parts[0].startswith("<"):
        tag = parts.pop(0)
    return kDecompositionTags.index(tag), [int(p, 16) for p in parts]


def is_cased(c):
    # str.title() lowers a letter that follows a cased character.
    return (c + "a").title()[-1] == "a"


def is_case_ignorable(c, cased):
    # str.lower() writes final sigma after cased (case-ignorable)*, and looks back past
    # case-ignorable characters before it asks whether a character is cased.
    if cased:
        return (c + "\u03a3").lower()[-1] == "\u03c3"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


class Database:
    """Everything CPython says about each code point, gathered once."""

    def __init__(self):
        self.records = []        # per code point: CharRecord tuple before dedup
        self.decomp = {}         # cp -> (tag, [cps])
        self.case = []           # per code point: (upper, lower, title, fold) strings
        self.numeric_values = [None]
        numeric_index = {}
        for cp, tag_cps in ((cp, parse_decomposition(cp)) for cp in range(kCodePoints)):
            if tag_cps:
                self.decomp[cp] = tag_cps
        self.seconds, self.compositions = self._compositions()
        second_index = {s: i + 1 for i, s in enumerate(self.seconds)}
        hangul_vt = set(range(kVBase, kVBase + kVCount)) | set(range(kTBase + 1,
                                                                     kTBase + kTCount))
        for cp in range(kCodePoints):
            c = chr(cp)
            category = unicodedata.category(c)
            numeric = unicodedata.numeric(c, None)
            if numeric is not None and numeric not in numeric_index:
                numeric_index[numeric] = len(self.numeric_values)
                self.numeric_values.append(numeric)
            decimal = unicodedata.decimal(c, None)
            digit = unicodedata.digit(c, None)
            # Decimal and digit values are stored as the numeric value: check that is exact.
            assert decimal is None or digit == decimal
            assert digit is None or numeric == digit
            assert ((decimal is not None) == c.isdecimal() and (digit is not None) == c.isdigit()
                    and (numeric is not None) == c.isnumeric())
            cased = is_cased(c)
            ccc = unicodedata.combining(c)
            canon = unicodedata.normalize("NFD", c) != c
            compat = unicodedata.normalize("NFKD", c) != c
            is_second = cp in second_index or cp in hangul_vt
            mapped = (c.upper(), c.lower(), c.title(), c.casefold())
            flags = {
                "Alpha": c.isalpha(), "Decimal": c.isdecimal(), "Digit": c.isdigit(),
                "Numeric": c.isnumeric(), "Lower": c.islower(), "Upper": c.isupper(),
                "Title": category == "Lt", "Space": c.isspace(),
                "Linebreak": len(("a" + c + "b").splitlines()) == 2,
                "Printable": c.isprintable(), "XidStart": c.isidentifier(),
                "XidContinue": ("a" + c).isidentifier(), "Cased": cased,
                "CaseIgnorable": is_case_ignorable(c, cased),
                "Mirrored": unicodedata.mirrored(c) == 1, "CanonDecomposes": canon,
                "CompatDecomposes": compat,
                "NfcInert": ccc == 0 and not canon and not is_second,
                "NfkcInert": ccc == 0 and not compat and not is_second,
            }
            assert c.istitle() == (flags["Upper"] or flags["Title"])
            # The engine asks the flags, not the tables, whether a form decomposes `c`.
            entry = self.decomp.get(cp)
            assert (entry is not None) == (compat and not is_hangul_syllable(cp))
            assert (entry is not None and entry[0] == 0) == (canon and not is_hangul_syllable(cp))
            bits = sum(1 << i for i, name in enumerate(kFlags) if flags[name])
            bits |= kEastAsianWidths.index(unicodedata.east_asian_width(c)) << kEawShift
            bits |= second_index.get(cp, 0) << kSecondShift
            self.records.append((bits, kCategories.index(category),
                                 kBidiClasses.index(unicodedata.bidirectional(c)), ccc,
                                 numeric_index.get(numeric, 0)))
            self.case.append(mapped)
        assert len(self.numeric_values) < 256 and len(self.seconds) < 64
        self._check_inert()

    def _compositions(self):
        # A canonical pair is a primary composite unless excluded; excluded ones are exactly
        # those that do not survive NFC on their own.
        pairs = {}
        for cp, (tag, cps) in self.decomp.items():
            if tag == 0 and len(cps) == 2 and unicodedata.normalize("NFC", chr(cp)) == chr(cp):
                pairs[tuple(cps)] = cp
        seconds = sorted({second for _, second in pairs})
        return seconds, pairs

    def _check_inert(self):
        # An inert character is left alone by normalization whatever surrounds it.
        for cp, record in enumerate(self.records):
            c = chr(cp)
            if record[0] & (1 << kFlags.index("NfcInert")):
                assert unicodedata.normalize("NFC", c) == c and unicodedata.normalize("NFD", c) == c
            if record[0] & (1 << kFlags.index("NfkcInert")):
                assert unicodedata.normalize("NFKC", c) == c


# ---- Tries -------------------------------------------------------------------------------

def width_of(values):
    """The narrowest C++ unsigned type holding every value, and its size in bytes."""
    top = max(values) if values else 0
    for ctype, size in (("uint8_t", 1), ("uint16_t", 2), ("uint32_t", 4)):
        if top < 1 << (8 * size):
            return ctype, size
    raise ValueError("value too large")


def pack_blocks(values, block_size):
    """Splits `values` into blocks and stores each distinct block once: where it already
    occurs in the data (aligned or not), or else appended, overlapping the data's tail as
    far as they agree. Returns (data, offset of each block)."""
    data = []
    encoded = bytearray()  # data as 4-byte big-endian values, for fast substring search
    seen = {}
    offsets = []
    for start in range(0, len(values), block_size):
        block = tuple(values[start:start + block_size])
        offset = seen.get(block)
        if offset is None:
            key = b"".join(v.to_bytes(4, "big") for v in block)
            pos = encoded.find(key)
            while pos != -1 and pos % 4:
                pos = encoded.find(key, pos + 1)
            if pos != -1:
                offset = pos // 4
            else:
                overlap = 0
                for n in range(min(len(block), len(data)) - 1, 0, -1):
                    if tuple(data[len(data) - n:]) == block[:n]:
                        overlap = n
                        break
                offset = len(data) - overlap
                data.extend(block[overlap:])
                encoded += b"".join(v.to_bytes(4, "big") for v in block[overlap:])
            seen[block] = offset
        offsets.append(offset)
    return data, offsets


class Trie:
    """A four-level lookup. With shifts s1 > s2 > s3: top[cp >> s1] is an offset into mid1;
    mid1[that + (cp >> s2 & mask)] an offset into mid2; mid2[that + (cp >> s3 & mask)] an
    offset into leaf; leaf[that + (cp & mask)] the value. Offsets rather than block numbers
    let blocks overlap. A fourth level measured about 20% smaller than three here."""

    def __init__(self, name, values):
        best = None
        for s3 in range(2, 8):
            leaf, leaf_offsets = pack_blocks(values, 1 << s3)
            leaf_bytes = len(leaf) * width_of(leaf)[1]
            for s2 in range(s3 + 1, s3 + 7):
                mid2, mid2_offsets = pack_blocks(leaf_offsets, 1 << (s2 - s3))
                mid2_bytes = len(mid2) * width_of(mid2)[1]
                for s1 in range(s2 + 1, s2 + 8):
                    mid1, top = pack_blocks(mid2_offsets, 1 << (s1 - s2))
                    size = (leaf_bytes + mid2_bytes + len(mid1) * width_of(mid1)[1]
                            + len(top) * width_of(top)[1])
                    if best is None or size < best[0]:
                        best = (size, (s1, s2, s3), top, mid1, mid2, leaf)
        self.name = name
        self.size, self.shifts, self.top, self.mid1, self.mid2, self.leaf = best
        for cp in range(kCodePoints):
            assert self.get(cp) == values[cp]

    def get(self, cp):
        s1, s2, s3 = self.shifts
        m1 = self.top[cp >> s1]
        m2 = self.mid1[m1 + ((cp >> s2) & ((1 << (s1 - s2)) - 1))]
        l = self.mid2[m2 + ((cp >> s3) & ((1 << (s2 - s3)) - 1))]
        return self.leaf[l + (cp & ((1 << s3) - 1))]

    def emit(self, out):
        n = self.name
        s1, s2, s3 = self.shifts
        out.append(f"// {n} trie: {self.size} bytes.")
        out.append(f"inline constexpr int k{n}Shift1 = {s1}, k{n}Shift2 = {s2}, "
                   f"k{n}Shift3 = {s3};")
        for suffix, values in (("Top", self.top), ("Mid1", self.mid1), ("Mid2", self.mid2),
                               ("Leaf", self.leaf)):
            out.append(emit_array(f"k{n}{suffix}", width_of(values)[0], values))


def emit_array(name, ctype, values, text=str):
    """A C++ array definition, wrapped under 100 columns."""
    items = [text(v) for v in values]
    lines = []
    line = " "
    for item in items:
        if len(line) + len(item) + 2 > 96:
            lines.append(line.rstrip())
            line = " "
        line += " " + item + ","
    lines.append(line.rstrip())
    return f"inline constexpr {ctype} {name}[{len(values)}] = {{\n" + "\n".join(lines) + "\n};"


# ---- Engine tables -----------------------------------------------------------------------

def utf16(cps):
    units = []
    for cp in cps:
        if cp >= 0x10000:
            cp -= 0x10000
            units += [0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF)]
        else:
            units.append(cp)
    return units


def build_case_tables(db):
    """Case records hold, per mapping (upper, lower, title, fold), either the delta to a
    single code point or kExtendedCase | length << 16 | offset into the pool."""
    pool = []
    pool_index = {}
    records = [(0, 0, 0, 0)]
    record_index = {records[0]: 0}
    ids = []
    for cp, mapped in enumerate(db.case):
        fields = []
        for s in mapped:
            if len(s) == 1:
                fields.append(ord(s) - cp)
                continue
            units = tuple(utf16([ord(ch) for ch in s]))
            if units not in pool_index:
                pool_index[units] = len(pool)
                pool.extend(units)
            fields.append(kExtendedCase | len(units) << 16 | pool_index[units])
        record = tuple(fields)
        if record not in record_index:
            record_index[record] = len(records)
            records.append(record)
        ids.append(record_index[record])
    assert len(pool) < 0x10000
    return records, pool, Trie("Case", ids)


def build_decomposition_tables(db):
    """Each distinct one-level decomposition is stored once, in UTF-16, in a pool sorted by
    (tag, length) so that the tag and length follow from the offset (a region table of a few
    dozen rows) instead of a header unit per entry, which would be a third of the pool. The
    trie maps a code point to its offset; 0 means none (the pool starts with a spare unit)."""
    entries = sorted({(tag, tuple(utf16(cps))) for tag, cps in db.decomp.values()},
                     key=lambda e: (e[0], len(e[1]), e[1]))
    pool = [0]
    regions = []  # (first offset, tag, length in units)
    offset_of = {}
    for tag, units in entries:
        if not regions or regions[-1][1:] != (tag, len(units)):
            regions.append((len(pool), tag, len(units)))
        offset_of[tag, units] = len(pool)
        pool.extend(units)
    offsets = [0] * kCodePoints
    for cp, (tag, cps) in db.decomp.items():
        offsets[cp] = offset_of[tag, tuple(utf16(cps))]
    assert len(pool) < 0x10000
    return pool, regions, Trie("Decomposition", offsets)


def write_tables(db):
    out = [f"// GENERATED by tools/gen-unicode-tables.py from CPython 3.11's "
           f"unicodedata (Unicode {unicodedata.unidata_version}). Do not edit.",
           "// Included once, by engine/unicode/unicode_tables.cpp.", ""]
    out.append(f'inline constexpr const char* kUnicodeVersion = "{unicodedata.unidata_version}";')
    for i, name in enumerate(kCategories):
        out.append(f"static_assert(static_cast<int>(Category::{name}) == {i});")
    for i, name in enumerate(kBidiClasses):
        out.append(f"static_assert(static_cast<int>(BidiClass::{name or 'None'}) == {i});")
    for i, name in enumerate(kEastAsianWidths):
        out.append(f"static_assert(static_cast<int>(EastAsianWidth::{name}) == {i});")
    for i, name in enumerate(kFlags):
        out.append(f"static_assert(kFlag{name} == 1u << {i});")
    out.append(f"static_assert(kEastAsianWidthShift == {kEawShift});")
    out.append(f"static_assert(kSecondShift == {kSecondShift});")
    out.append(f"static_assert(kExtendedCase == {kExtendedCase:#x});")
    out.append("")

    distinct = sorted(set(db.records), key=lambda r: (r != db.records[kMaxCodePoint], r))
    index = {r: i for i, r in enumerate(distinct)}
    char_trie = Trie("Char", [index[r] for r in db.records])
    out.append(f"// Character records: {len(distinct) * 8} bytes. Record 0 is unassigned.")
    out.append(emit_array("kCharRecords", "CharRecord", distinct,
                          lambda r: "{%#x,%d,%d,%d,%d}" % r))
    char_trie.emit(out)
    out.append("")

    out.append(f"// Numeric values (index 0: none): {len(db.numeric_values) * 8} bytes.")
    out.append(emit_array("kNumericValues", "double", [0.0] + db.numeric_values[1:],
                          lambda v: float(v).hex()))
    out.append("")

    records, case_pool, case_trie = build_case_tables(db)
    out.append(f"// Case records (upper, lower, title, fold): {len(records) * 16} bytes.")
    out.append(emit_array("kCaseRecords", "CaseRecord", records,
                          lambda r: "{%d,%d,%d,%d}" % r))
    out.append(f"// Multi-character case mappings, UTF-16: {len(case_pool) * 2} bytes.")
    out.append(emit_array("kCasePool", "char16_t", case_pool, hex))
    case_trie.emit(out)
    out.append("")

    decomp_pool, regions, decomp_trie = build_decomposition_tables(db)
    tag_names = ", ".join(f'"{t}"' for t in kDecompositionTags)
    out.append(f"inline constexpr const char* kDecompositionTagNames[] = {{{tag_names}}};")
    out.append(f"// Decompositions, UTF-16, grouped by (tag, length): {len(decomp_pool) * 2} bytes.")
    out.append(emit_array("kDecompositionPool", "char16_t", decomp_pool, hex))
    out.append(f"// Where each (tag, length in units) group of the pool starts: "
               f"{len(regions) * 4} bytes.")
    out.append(emit_array("kDecompositionRegions", "DecompositionRegion", regions,
                          lambda r: "{%d,%d,%d}" % r))
    decomp_trie.emit(out)
    out.append("")

    # Composites grouped by their second character (the order of CharRecord's composition-
    # second index), each group sorted by first character; the pairs themselves are read back
    # from the decompositions.
    groups = sorted(db.compositions.items(),
                    key=lambda pair: (db.seconds.index(pair[0][1]), pair[0][0]))
    composites = [composite for _, composite in groups]
    starts = [0]
    for second in db.seconds:
        starts.append(starts[-1] + sum(1 for (_, s), _ in groups if s == second))
    out.append(f"// Primary composites: {len(composites) * 4 + len(starts) * 2} bytes.")
    out.append(emit_array("kCompositeStarts", "uint16_t", starts))
    out.append(emit_array("kComposites", "char32_t", composites, hex))
    total = (len(distinct) * 8 + char_trie.size + len(db.numeric_values) * 8 + len(records) * 16
             + len(case_pool) * 2 + case_trie.size + len(decomp_pool) * 2 + decomp_trie.size
             + len(regions) * 4
             + len(composites) * 4 + len(starts) * 2)
    out.append("")
    out.append(f"// Total table data: {total} bytes.")
    return "\n".join(out) + "\n", total


# ---- Expected values for the unit test -----------------------------------------------------

kFnvBasis = 0xCBF29CE484222325
kFnvPrime = 0x100000001B3
kChunkShift = 12

# What the test checks per code point; the names are the test's, not the engine's.
kExpectedFlags = ["Alpha", "Decimal", "Digit", "Numeric", "Alnum", "Lower", "Upper", "Title",
                  "Space", "Linebreak", "Printable", "XidStart", "XidContinue", "Word",
                  "Cased", "CaseIgnorable", "Mirrored"]
kMappings = ["upper", "lower", "title", "casefold", "NFC", "NFD", "NFKC", "NFKD",
             "decomposition", "simple_lower"]


def fnv_update(h, data):
    for b in data:
        h = ((h ^ b) * kFnvPrime) & 0xFFFFFFFFFFFFFFFF
    return h


def mapping_of(kind, c):
    if kind in ("upper", "lower", "title", "casefold"):
        return getattr(c, kind)()
    if kind == "decomposition":
        return unicodedata.decomposition(c) or c
    if kind == "simple_lower":
        return chr(_sre.unicode_tolower(ord(c)))
    return unicodedata.normalize(kind, c)


def mapping_digests(kind):
    """Per chunk of 4096 code points, FNV-1a over (cp, mapping) of every code point whose
    mapping is not itself; the test computes the same from Glasspy's answers."""
    digests = []
    for chunk in range(kCodePoints >> kChunkShift):
        h = kFnvBasis
        for cp in range(chunk << kChunkShift, (chunk + 1) << kChunkShift):
            c = chr(cp)
            m = mapping_of(kind, c)
            if m != c:
                h = fnv_update(h, cp.to_bytes(4, "little"))
                for ch in m:
                    h = fnv_update(h, ord(ch).to_bytes(4, "little"))
                h = fnv_update(h, b"\xff\xff\xff\xff")
        digests.append(h)
    return digests


def expected_properties(c):
    flags = {
        "Alpha": c.isalpha(), "Decimal": c.isdecimal(), "Digit": c.isdigit(),
        "Numeric": c.isnumeric(), "Alnum": c.isalnum(), "Lower": c.islower(),
        "Upper": c.isupper(), "Title": unicodedata.category(c) == "Lt", "Space": c.isspace(),
        "Linebreak": len(("a" + c + "b").splitlines()) == 2, "Printable": c.isprintable(),
        "XidStart": c.isidentifier(), "XidContinue": ("a" + c).isidentifier(),
        "Word": re.fullmatch(r"\w", c) is not None, "Cased": is_cased(c),
        "CaseIgnorable": is_case_ignorable(c, is_cased(c)),
        "Mirrored": unicodedata.mirrored(c) == 1,
    }
    bits = sum(1 << i for i, name in enumerate(kExpectedFlags) if flags[name])
    numeric = unicodedata.numeric(c, None)
    return (unicodedata.category(c), unicodedata.bidirectional(c),
            unicodedata.east_asian_width(c), unicodedata.combining(c), bits,
            unicodedata.decimal(c, -1), unicodedata.digit(c, -1),
            "NAN" if numeric is None else float(numeric).hex())


def c_string(s):
    return '"' + "".join("\\x%02x" % b for b in s.encode("utf-8", "surrogatepass")) + '"'


def tricky_strings(db):
    """Hand-picked normalization cases, then seeded random mixes of the characters that
    make normalization hard (starters that compose, marks of every class, jamo...)."""
    cases = [
        "", "abc", "\u00c5", "\u212b", "\u1e9b\u0323", "\ufb01", "\u2460", "\u2168", "\u00bd",
        "\u210c", "\u2126", "\u2026", "\u337f", "\ufdfa", "\ufb2c", "\u05e9\u05bc\u05c1",
        "\u0958", "\u0344", "\u0f73", "\u0f77", "\u01c5", "\u0149", "\u00a0", "\u3000",
        "\uff76\uff9e", "\u30ab\u3099", "\u304b\u309a", "e\u0301\u0301", "a\u0328\u0301\u0308",
        "a\u0308\u0328", "o\u031b\u0323\u0300", "\u1100\u1161\u11a8", "\uac00\u11a8",
        "\u1100\u1161\u11a7", "\u1100\u0300\u1161", "\uac01\u11a8", "\u1100\uac00\u1161",
        "\u0b47\u0300\u0b3e", "\u0b47\u0b3e", "\u0cc6\u0cc2\u0cd5", "\u0dd9\u0dcf\u0dca",
        "\U0001d400\U0001d7ce", "\U0001d15e\U0001d165", "\U0002f800\U0002fa1d", "\u0627\u0653",
        "\U0001f468\u200d\U0001f469", "\u0301abc", "\u0301\u0300a", "A\u030a\u0301",
        "\u00c5\u0301", "\u0041\u0300\u0316", "\u1e0b\u0323", "\u1e0d\u0307", "\u0071\u0307\u0323",
        "\u1e63\u0307", "\u212b\u0301", "\u2000\u2001", "\u00b5\u00aa\u00ba", "\u017f\u0307",
        "\u03d3\u03d4", "\u1fed\u1fee", "\u0385", "\u2102\u2115\u2124", "\u1f80\u0345",
        "x\u0345\u0314\u0301", "\u3131\u314f", "\u1112\u1175\u11c2", "\ud7a3\u11a8",
        "\U000110ab\U000110ba", "\U00011131\U00011127", "\u09c7\u09be", "\u0d46\u0d3e",
        "\u1025\u102e", "\U00011935\U00011930", "\U000114b9\U000114ba", "\u2fd5", "\uffa0",
        "a\u0346\u0301", "a\u0301\u0346", "a\u0316\u0301\u0323", "\u1100\u1161\u0301\u11a8",
        "\U0001d538\U0001d552", "\U0001f100\U0001f190", "\u33c6\u33c7", "\u2474\u24b6",
    ]
    pool = set()
    for cp in range(kCodePoints):
        c = chr(cp)
        if unicodedata.category(c) in ("Cs", "Cn", "Co"):
            continue
        if (unicodedata.combining(c) or unicodedata.decomposition(c)
                or unicodedata.normalize("NFC", c) != c):
            pool.add(c)
    pool |= set("aeiouAEIOUsz\u0391\u03b1\u0399\u03c9")
    pool |= {chr(cp) for cp in range(kLBase, kLBase + kLCount + 2)}
    pool |= {chr(cp) for cp in range(kVBase - 1, kVBase + kVCount + 1)}
    pool |= {chr(cp) for cp in range(kTBase, kTBase + kTCount + 1)}
    pool |= {chr(kSBase), chr(kSBase + 1), chr(kSBase + 28), chr(kSBase + kSCount - 1)}
    pool = sorted(pool)
    rng = random.Random(20231111)
    marks = [c for c in pool if unicodedata.combining(c)]
    for _ in range(400):
        s = ""
        for _ in range(rng.randint(1, 8)):
            s += rng.choice(marks if rng.random() < 0.4 else pool)
        cases.append(s)
    # Blocking needs a mark that does not combine between a starter and one that would:
    # draw from the characters that compose and marks sharing their combining classes.
    seconds = {chr(second) for _, second in db.compositions}
    classes = {unicodedata.combining(c) for c in seconds}
    focused = sorted({chr(first) for first, _ in db.compositions} | seconds
                     | {c for c in marks if unicodedata.combining(c) in classes}
                     | {chr(c) for c in db.compositions.values()})
    focused_marks = [c for c in focused if unicodedata.combining(c)]
    for _ in range(600):
        s = rng.choice(focused)
        for _ in range(rng.randint(1, 5)):
            s += rng.choice(focused_marks if rng.random() < 0.7 else focused)
        cases.append(s)
    return cases


def case_strings():
    """Strings for str's case methods: final sigma contexts, multi-character mappings,
    titlecase digraphs, then seeded random mixes of such characters."""
    cases = [
        "", "hello world", "\u00df", "STRASSE stra\u00dfe", "\u03a3", "\u03a3\u0391\u03a3",
        "\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3", "a\u03a3", "a.\u03a3", "a\u03a3b",
        " \u03a3", "a'\u03a3'", "A\u00ad\u03a3", "a\u0301\u03a3\u0301", "\u038c\u03a3\u039f\u03a3",
        "\u03c3\u03c2", "\u03a3\u0345", "\u0345\u03a3", "A\u03a3\u0345", "\u01c6emal \u01c4EMAL \u01c5",
        "\ufb01re \ufb03", "\u0130stanbul", "\u0390 \u03b0", "\u0149", "\u1fb3 \u1fbc \u1f80",
        "they're bill's friends", "1st 2ND x3y", "\u10d0\u1c90", "\U00010428\U00010400",
        "\u0587 \ufb13", "\u1e9e\u00df", "\u2160\u2170 \u24b6\u24d0", "\u01f0\u0307",
    ]
    alphabet = list("aZ .'-1\u00ad\u0301\u0345\u03a3\u03c3\u03c2\u00df\u0130\u01c5\u01c6"
                    "\u1f80\u1fbc\u0390\ufb01\u2160\u24b6\u02b0\u3000\u2028")
    rng = random.Random(20231112)
    for _ in range(300):
        cases.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7))))
    return cases


def write_expected(db):
    out = [f"// GENERATED by tools/gen-unicode-tables.py from CPython 3.11 "
           f"(Unicode {unicodedata.unidata_version}): what CPython answers, for "
           "unicode_tables_test.cpp. Do not edit.", ""]
    for i, name in enumerate(kExpectedFlags):
        out.append(f"inline constexpr uint32_t kExpect{name} = 1u << {i};")
    out.append("")
    # Every code point's properties, as runs of equal property tuples.
    tuples = []
    tuple_index = {}
    runs = []
    for cp in range(kCodePoints):
        props = expected_properties(chr(cp))
        i = tuple_index.get(props)
        if i is None:
            i = tuple_index[props] = len(tuples)
            tuples.append(props)
        if not runs or runs[-1][1] != i:
            runs.append((cp, i))
    out.append("// Property tuples: category, bidirectional, east_asian_width, combining, flags,")
    out.append("// decimal, digit, numeric (NAN: none).")
    out.append(emit_array("kExpectedTuples", "ExpectedTuple", tuples,
                          lambda t: '{"%s","%s","%s",%d,%#x,%d,%d,%s}' % t))
    out.append("// Runs: first code point of a run and the index of its tuple.")
    out.append(emit_array("kExpectedRuns", "ExpectedRun", runs, lambda r: "{%#x,%d}" % r))
    out.append("")
    out.append(f"inline constexpr int kDigestChunkShift = {kChunkShift};")
    for kind in kMappings:
        name = "kDigest" + "".join(p.capitalize() for p in kind.split("_"))
        out.append(f"// {kind}: FNV-1a per {1 << kChunkShift} code points.")
        out.append(emit_array(name, "uint64_t", mapping_digests(kind), lambda h: "%#xull" % h))
    out.append("")
    out.append("// Strings and their NFC, NFD, NFKC and NFKD forms.")
    rows = []
    for s in tricky_strings(db):
        forms = [unicodedata.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
        rows.append("{" + ", ".join(c_string(x) for x in [s] + forms) + "}")
    out.append(f"inline constexpr ExpectedNormalization kExpectedNormalizations[{len(rows)}] = {{")
    out.extend("  " + r + "," for r in rows)
    out.append("};")
    out.append("")
    out.append("// Strings and their upper(), lower(), title(), capitalize(), swapcase(), casefold().")
    rows = []
    for s in case_strings():
        forms = [s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()]
        rows.append("{" + ", ".join(c_string(x) for x in [s] + forms) + "}")
    out.append(f"inline constexpr ExpectedCaseConversion kExpectedCaseConversions[{len(rows)}] = {{")
    out.extend("  " + r + "," for r in rows)
    out.append("};")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    args = parser.parse_args()
    if unicodedata.unidata_version != "14.0.0" or sys.version_info[:2] != (3, 11):
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
        sys.exit("generated Unicode files are stale: run tools/gen-unicode-tables.py")


if __name__ == "__main__":
    main()
