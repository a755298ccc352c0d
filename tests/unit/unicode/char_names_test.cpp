// Checks the character-name database against CPython 3.11: every code point's name, its
// round trip through lookup in upper and lower case, every name alias and named sequence,
// and thousands of near-miss names. Expected values come from CPython
// (char_names_expected.inc, written by tools/gen-unicode-names.py), never from Glasspy.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "unicode/char_names.h"

namespace {

struct ExpectedAlias {
  const char* name;
  char32_t code_point;
};
struct ExpectedSequence {
  const char* name;
  const char32_t* code_points;
};
struct ExpectedLookup {
  const char* name;
  size_t length;           // bytes (a name may hold a NUL)
  uint32_t escape;         // what "\N{name}" gives; 0xffffffff: an error
  const char32_t* lookup;  // what unicodedata.lookup gives; nullptr: KeyError
  size_t lookup_length;    // code points in it (it may be U+0000)
};

#include "char_names_expected.inc"

using namespace glasspy::unicode;

constexpr uint32_t kNotFound = 0xFFFFFFFF;
constexpr int kMaxReported = 20;

std::string hex(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// FNV-1a, fed exactly as the generator feeds it.
struct Digest {
  uint64_t h = 0xCBF29CE484222325ull;
  void add(const void* data, size_t size) {
    for (size_t i = 0; i < size; ++i) {
      h ^= static_cast<const uint8_t*>(data)[i];
      h *= 0x100000001B3ull;
    }
  }
  void add32(uint32_t v) {
    uint8_t bytes[4] = {static_cast<uint8_t>(v), static_cast<uint8_t>(v >> 8),
                        static_cast<uint8_t>(v >> 16), static_cast<uint8_t>(v >> 24)};
    add(bytes, 4);
  }
};

}  // namespace

TEST_CASE("unicode names: every code point's name and lower-case lookup match CPython") {
  int named = 0, reported = 0;
  for (char32_t chunk = 0; chunk < (0x110000 >> kNameDigestShift); ++chunk) {
    Digest d;
    char32_t first = chunk << kNameDigestShift;
    for (char32_t cp = first; cp < first + (1u << kNameDigestShift); ++cp) {
      std::optional<std::string> name = char_name(cp);
      if (!name) continue;
      ++named;
      d.add32(cp);
      d.add(name->data(), name->size());
      d.add("\xff", 1);
      std::optional<char32_t> from_lower = lookup_name(lower(*name));
      d.add32(from_lower ? *from_lower : kNotFound);
      std::optional<char32_t> back = lookup_name(*name);
      if (back != cp && reported++ < kMaxReported) {
        FAIL_CHECK("lookup_name(\"" << *name << "\") is not " << hex(cp));
      }
    }
    if (d.h != kNameDigests[chunk] && reported++ < kMaxReported) {
      FAIL_CHECK("names differ from CPython in " << hex(first) << ".."
                                                 << hex(first + (1u << kNameDigestShift) - 1));
    }
  }
  CHECK(named == kNamedCodePoints);
  CHECK(reported == 0);
  CHECK_FALSE(char_name(0x110000));
  CHECK_FALSE(char_name(0xFFFFFFFF));
}

TEST_CASE("unicode names: every name alias is looked up as CPython does") {
  for (const ExpectedAlias& a : kExpectedAliases) {
    INFO("alias " << a.name);
    CHECK(lookup_name(a.name) == a.code_point);
    CHECK(lookup_name(lower(a.name)) == a.code_point);
    CHECK(lookup_name_or_sequence(a.name) == std::u32string(1, a.code_point));
    CHECK(char_name(a.code_point) != std::string(a.name));  // name() never gives an alias
  }
}

TEST_CASE("unicode names: every named sequence is looked up as CPython does") {
  for (const ExpectedSequence& s : kExpectedSequences) {
    INFO("named sequence " << s.name);
    CHECK_FALSE(lookup_name(s.name));  // \N{} does not take named sequences
    CHECK(lookup_name_or_sequence(s.name) == std::u32string(s.code_points));
    CHECK(lookup_name_or_sequence(lower(s.name)) == std::u32string(s.code_points));
  }
}

TEST_CASE("unicode names: near misses and mutated names are looked up as CPython does") {
  for (const ExpectedLookup& e : kExpectedLookups) {
    std::string_view name(e.name, e.length);
    INFO("name \"" << std::string(name) << "\"");
    std::optional<char32_t> escape = lookup_name(name);
    CHECK((escape ? *escape : kNotFound) == e.escape);
    std::optional<std::u32string> looked_up = lookup_name_or_sequence(name);
    CHECK(looked_up.has_value() == (e.lookup != nullptr));
    if (looked_up && e.lookup) CHECK(*looked_up == std::u32string(e.lookup, e.lookup_length));
  }
}

TEST_CASE("unicode names: examples") {
  CHECK(char_name(U'a') == "LATIN SMALL LETTER A");
  CHECK(char_name(U'\u00e9') == "LATIN SMALL LETTER E WITH ACUTE");
  CHECK(char_name(0x1F40D) == "SNAKE");
  CHECK(char_name(0x4E00) == "CJK UNIFIED IDEOGRAPH-4E00");
  CHECK(char_name(0xAC01) == "HANGUL SYLLABLE GAG");
  CHECK(char_name(0xF900) == "CJK COMPATIBILITY IDEOGRAPH-F900");
  CHECK(char_name(0x18800) == "TANGUT COMPONENT-001");
  CHECK(char_name(0x28FF) == "BRAILLE PATTERN DOTS-12345678");
  CHECK(char_name(0xE01EF) == "VARIATION SELECTOR-256");
  CHECK_FALSE(char_name(0));         // controls have no name, only aliases
  CHECK_FALSE(char_name(0x17000));   // Tangut ideographs: none in CPython 3.11
  CHECK_FALSE(char_name(0xE000));    // private use
  CHECK_FALSE(char_name(0xD800));    // surrogate
  CHECK(lookup_name("snake") == char32_t{0x1F40D});
  CHECK(lookup_name("Latin Small Letter A") == U'a');
  CHECK(lookup_name("NULL") == U'\0');        // an alias
  CHECK(lookup_name("bom") == U'\ufeff');     // an abbreviation alias
  CHECK(lookup_name("hangul syllable gag") == std::nullopt);  // jamo are case-sensitive
  CHECK(lookup_name("HANGUL SYLLABLE GAG") == U'\uac01');
  CHECK(lookup_name("cjk unified ideograph-4E00") == std::nullopt);
  CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-4e00") == std::nullopt);  // upper-case hex only
  CHECK(lookup_name("cjk compatibility ideograph-f900") == U'\uf900');
  CHECK(lookup_name("KEYCAP NUMBER SIGN") == std::nullopt);  // a named sequence
  CHECK(lookup_name_or_sequence("KEYCAP NUMBER SIGN") == U"#\ufe0f\u20e3");
  CHECK(lookup_name("LATIN SMALL LETTER A ") == std::nullopt);
}
