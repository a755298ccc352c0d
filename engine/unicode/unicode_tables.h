// Internal layout of the generated Unicode tables (unicode_tables.inc, written by
// tools/gen-unicode-tables.py) and the lookups into them. Only engine/unicode/*.cpp use this.
#pragma once
#include <cstdint>

#include "unicode/char_props.h"

namespace glasspy::unicode::detail {

// CharRecord::flags bits. The generator static_asserts these positions.
inline constexpr uint32_t kFlagAlpha = 1u << 0;             // str.isalpha()
inline constexpr uint32_t kFlagDecimal = 1u << 1;           // str.isdecimal()
inline constexpr uint32_t kFlagDigit = 1u << 2;             // str.isdigit()
inline constexpr uint32_t kFlagNumeric = 1u << 3;           // str.isnumeric()
inline constexpr uint32_t kFlagLower = 1u << 4;             // str.islower()
inline constexpr uint32_t kFlagUpper = 1u << 5;             // str.isupper()
inline constexpr uint32_t kFlagTitle = 1u << 6;             // category Lt
inline constexpr uint32_t kFlagSpace = 1u << 7;             // str.isspace()
inline constexpr uint32_t kFlagLinebreak = 1u << 8;         // str.splitlines() splits here
inline constexpr uint32_t kFlagPrintable = 1u << 9;         // str.isprintable()
inline constexpr uint32_t kFlagXidStart = 1u << 10;         // XID_Start or '_'
inline constexpr uint32_t kFlagXidContinue = 1u << 11;      // XID_Continue
inline constexpr uint32_t kFlagCased = 1u << 12;            // Cased (str.title, final sigma)
inline constexpr uint32_t kFlagCaseIgnorable = 1u << 13;    // Case_Ignorable (final sigma)
inline constexpr uint32_t kFlagMirrored = 1u << 14;         // unicodedata.mirrored()
inline constexpr uint32_t kFlagCanonDecomposes = 1u << 15;  // NFD changes it (Hangul too)
inline constexpr uint32_t kFlagCompatDecomposes = 1u << 16; // NFKD changes it
inline constexpr uint32_t kFlagNfcInert = 1u << 17;   // NFC/NFD leave it alone in any context
inline constexpr uint32_t kFlagNfkcInert = 1u << 18;  // NFKC/NFKD leave it alone in any context
inline constexpr int kEastAsianWidthShift = 20;       // 3 bits: EastAsianWidth
inline constexpr int kSecondShift = 23;               // 6 bits: 1 + index of a composition second

// Everything about one code point except case mappings and decompositions (8 bytes; the
// generator deduplicates them, about a thousand distinct ones).
struct CharRecord {
  uint32_t flags;     // kFlag* bits, east asian width, composition-second index
  uint8_t category;   // Category
  uint8_t bidi;       // BidiClass
  uint8_t combining;  // canonical combining class
  uint8_t numeric;    // index into the numeric values (0: not numeric)
};

// A case record field at or above this is kExtendedCase | length << 16 | offset into the
// multi-character pool (UTF-16); below it, the delta to add to the code point.
inline constexpr int32_t kExtendedCase = 0x01000000;

// Full case mappings of one code point, as str.upper/lower/title/casefold produce them.
struct CaseRecord {
  int32_t upper;
  int32_t lower;
  int32_t title;
  int32_t fold;
};

// The record of `cp` (unassigned for values past U+10FFFF).
const CharRecord& char_record(char32_t cp);

// The numeric value a CharRecord's `numeric` index (nonzero) stands for.
double numeric_value_at(uint8_t index);

// The case record of `cp`, and the pool its extended fields point into.
const CaseRecord& case_record(char32_t cp);
const char16_t* case_pool();

// Where a (tag, length) group of the decomposition pool starts (the pool is sorted so).
struct DecompositionRegion {
  uint16_t first;   // offset of the group's first entry
  uint8_t tag;      // 0: canonical; else an index into the tag names ("<compat>", ...)
  uint8_t length;   // UTF-16 units per entry
};

// A one-level decomposition as UnicodeData has it: `length` UTF-16 units (0: none).
struct Decomposition {
  const char16_t* units;
  uint8_t length;
  uint8_t tag;
};

// The longest one-level decomposition, in code points (U+FDFA).
inline constexpr int kMaxDecomposition = 18;

// The decomposition of `cp`; Hangul syllables have none here (hangul.h computes theirs).
Decomposition decomposition_entry(char32_t cp);

// Decodes a decomposition into `out`; returns the number of code points.
int decode_decomposition(const Decomposition& d, char32_t out[kMaxDecomposition]);

// "<compat>", "<font>", ... for a decomposition tag (0: canonical, "").
const char* decomposition_tag_name(int tag);

// The primary composite of a canonical pair, Hangul included; 0 if there is none.
char32_t compose_pair(char32_t first, char32_t second);

// "14.0.0".
const char* table_unicode_version();

}  // namespace glasspy::unicode::detail
