// Checks the Unicode database against CPython 3.11 for every code point 0..0x10FFFF, and
// normalization and case conversion on tricky strings. The expected values come from
// CPython (unicode_expected.inc, written by tools/gen-unicode-tables.py), never from Glasspy.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "text/utf8.h"
#include "unicode/case_mapping.h"
#include "unicode/char_class.h"
#include "unicode/char_props.h"
#include "unicode/normalize.h"

namespace {

struct ExpectedTuple {
  const char* category;
  const char* bidi;
  const char* east_asian_width;
  int combining;
  uint32_t flags;
  int decimal;
  int digit;
  double numeric;  // NAN: not numeric
};
struct ExpectedRun {
  char32_t first;
  uint16_t tuple;
};
struct ExpectedNormalization {
  const char* input;
  const char* nfc;
  const char* nfd;
  const char* nfkc;
  const char* nfkd;
};
struct ExpectedCaseConversion {
  const char* input;
  const char* upper;
  const char* lower;
  const char* title;
  const char* capitalize;
  const char* swapcase;
  const char* casefold;
};

#include "unicode_expected.inc"

using namespace glasspy::unicode;

constexpr int kMaxReported = 20;

std::string hex(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

uint32_t actual_flags(char32_t cp) {
  uint32_t f = 0;
  auto set = [&](bool on, uint32_t bit) { if (on) f |= bit; };
  set(is_alpha(cp), kExpectAlpha);
  set(is_decimal(cp), kExpectDecimal);
  set(is_digit(cp), kExpectDigit);
  set(is_numeric(cp), kExpectNumeric);
  set(is_alnum(cp), kExpectAlnum);
  set(is_lower(cp), kExpectLower);
  set(is_upper(cp), kExpectUpper);
  set(is_title(cp), kExpectTitle);
  set(is_space(cp), kExpectSpace);
  set(is_linebreak(cp), kExpectLinebreak);
  set(is_printable(cp), kExpectPrintable);
  set(is_xid_start(cp), kExpectXidStart);
  set(is_xid_continue(cp), kExpectXidContinue);
  set(is_word_char(cp), kExpectWord);
  set(is_cased(cp), kExpectCased);
  set(is_case_ignorable(cp), kExpectCaseIgnorable);
  set(is_mirrored(cp), kExpectMirrored);
  return f;
}

// The first differing field, or "" when Glasspy agrees with CPython.
std::string compare(char32_t cp, const ExpectedTuple& e) {
  char buffer[160];
  auto differ = [&](const char* field, const std::string& want, const std::string& got) {
    std::snprintf(buffer, sizeof buffer, "%s %s: CPython %s, Glasspy %s", hex(cp).c_str(), field,
                  want.c_str(), got.c_str());
    return std::string(buffer);
  };
  if (std::strcmp(e.category, category_name(category(cp))) != 0)
    return differ("category", e.category, category_name(category(cp)));
  if (std::strcmp(e.bidi, bidi_class_name(bidi_class(cp))) != 0)
    return differ("bidirectional", e.bidi, bidi_class_name(bidi_class(cp)));
  if (std::strcmp(e.east_asian_width, east_asian_width_name(east_asian_width(cp))) != 0)
    return differ("east_asian_width", e.east_asian_width, east_asian_width_name(east_asian_width(cp)));
  if (e.combining != combining_class(cp))
    return differ("combining", std::to_string(e.combining), std::to_string(combining_class(cp)));
  if (e.flags != actual_flags(cp))
    return differ("flags", std::to_string(e.flags), std::to_string(actual_flags(cp)));
  if (e.decimal != decimal_value(cp))
    return differ("decimal", std::to_string(e.decimal), std::to_string(decimal_value(cp)));
  if (e.digit != digit_value(cp))
    return differ("digit", std::to_string(e.digit), std::to_string(digit_value(cp)));
  std::optional<double> numeric = numeric_value(cp);
  bool same = std::isnan(e.numeric) ? !numeric : (numeric && *numeric == e.numeric);
  if (!same) {
    return differ("numeric", std::to_string(e.numeric), numeric ? std::to_string(*numeric) : "none");
  }
  return {};
}

// FNV-1a, fed exactly as the generator feeds it.
struct Digest {
  uint64_t h = 0xCBF29CE484222325ull;
  void add32(uint32_t v) {
    for (int i = 0; i < 4; ++i) {
      h ^= (v >> (8 * i)) & 0xFF;
      h *= 0x100000001B3ull;
    }
  }
  void add_mapping(char32_t cp, std::u32string_view mapped) {
    if (mapped.size() == 1 && mapped[0] == cp) return;
    add32(cp);
    for (char32_t c : mapped) add32(c);
    add32(0xFFFFFFFF);
  }
};

template <typename Mapping>
void check_digests(const char* name, const uint64_t* expected, Mapping mapping) {
  int reported = 0;
  for (char32_t chunk = 0; chunk < (0x110000 >> kDigestChunkShift); ++chunk) {
    Digest d;
    char32_t first = chunk << kDigestChunkShift;
    for (char32_t cp = first; cp < first + (1u << kDigestChunkShift); ++cp) {
      d.add_mapping(cp, mapping(cp));
    }
    if (d.h != expected[chunk] && reported++ < kMaxReported) {
      FAIL_CHECK(name << " differs from CPython in " << hex(first) << ".." << hex(first + 0xFFF));
    }
  }
}

std::u32string decode(const char* utf8) {
  std::u32string out;
  std::string_view s(utf8);
  for (size_t pos = 0; pos < s.size();) {
    glasspy::text::Decoded d = glasspy::text::decode_utf8(s, pos);
    out += d.code_point;
    pos += d.length;
  }
  return out;
}

}  // namespace

TEST_CASE("unicode: every code point's properties match CPython") {
  CHECK(std::string(unicode_version()) == "14.0.0");
  size_t run = 0;
  int reported = 0;
  size_t runs = sizeof(kExpectedRuns) / sizeof(kExpectedRuns[0]);
  for (char32_t cp = 0; cp <= kMaxCodePoint; ++cp) {
    if (run + 1 < runs && kExpectedRuns[run + 1].first == cp) ++run;
    std::string difference = compare(cp, kExpectedTuples[kExpectedRuns[run].tuple]);
    if (!difference.empty() && reported++ < kMaxReported) FAIL_CHECK(difference);
  }
  CHECK(reported == 0);
}

TEST_CASE("unicode: every code point's case mappings match CPython") {
  check_digests("upper", kDigestUpper,
                [](char32_t cp) { return std::u32string(to_upper(cp).view()); });
  check_digests("lower", kDigestLower,
                [](char32_t cp) { return std::u32string(to_lower(cp).view()); });
  check_digests("title", kDigestTitle,
                [](char32_t cp) { return std::u32string(to_title(cp).view()); });
  check_digests("casefold", kDigestCasefold,
                [](char32_t cp) { return std::u32string(to_casefold(cp).view()); });
  check_digests("simple lower", kDigestSimpleLower,
                [](char32_t cp) { return std::u32string(1, to_lower_simple(cp)); });
}

TEST_CASE("unicode: every code point's normal forms and decomposition match CPython") {
  auto form = [](NormalForm f) {
    return [f](char32_t cp) { return normalize(f, std::u32string(1, cp)); };
  };
  check_digests("NFC", kDigestNfc, form(NormalForm::NFC));
  check_digests("NFD", kDigestNfd, form(NormalForm::NFD));
  check_digests("NFKC", kDigestNfkc, form(NormalForm::NFKC));
  check_digests("NFKD", kDigestNfkd, form(NormalForm::NFKD));
  check_digests("decomposition", kDigestDecomposition, [](char32_t cp) {
    std::string text = decomposition_string(cp);
    return text.empty() ? std::u32string(1, cp) : std::u32string(text.begin(), text.end());
  });
}

TEST_CASE("unicode: normalization of tricky strings matches CPython") {
  for (const ExpectedNormalization& e : kExpectedNormalizations) {
    std::u32string input = decode(e.input);
    const char* expected[] = {e.nfc, e.nfd, e.nfkc, e.nfkd};
    NormalForm forms[] = {NormalForm::NFC, NormalForm::NFD, NormalForm::NFKC, NormalForm::NFKD};
    for (int i = 0; i < 4; ++i) {
      INFO("form " << i << " of input " << e.input);
      CHECK(normalize(forms[i], input) == decode(expected[i]));
      CHECK(normalize_utf8(forms[i], e.input) == expected[i]);
      CHECK(is_normalized(forms[i], input) == (input == decode(expected[i])));
    }
    CHECK(nfkc(e.input) == e.nfkc);
  }
}

TEST_CASE("unicode: str case conversions of tricky strings match CPython") {
  for (const ExpectedCaseConversion& e : kExpectedCaseConversions) {
    std::u32string input = decode(e.input);
    INFO("input " << e.input);
    CHECK(str_upper(input) == decode(e.upper));
    CHECK(str_lower(input) == decode(e.lower));
    CHECK(str_title(input) == decode(e.title));
    CHECK(str_capitalize(input) == decode(e.capitalize));
    CHECK(str_swapcase(input) == decode(e.swapcase));
    CHECK(str_casefold(input) == decode(e.casefold));
  }
}
