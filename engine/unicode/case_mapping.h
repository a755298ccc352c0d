// Full Unicode case mappings (Unicode 14.0, as CPython 3.11 has them): per code point, and
// whole strings the way str.upper/lower/title/capitalize/swapcase/casefold convert them,
// final sigma included. 'ß'.upper() is "SS": one code point may map to up to three.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::unicode {

// The longest full case mapping ('ΐ'.upper(), 'ﬃ'.casefold()).
inline constexpr int kMaxCaseMapping = 3;

// The result of mapping one code point: one to three code points.
struct CaseMapping {
  char32_t code_points[kMaxCaseMapping];
  uint8_t size;

  std::u32string_view view() const { return {code_points, size}; }
};

// Full mappings of one code point, with no context: to_lower(U+03A3) is σ, never ς.
CaseMapping to_upper(char32_t cp);
CaseMapping to_lower(char32_t cp);
CaseMapping to_title(char32_t cp);
CaseMapping to_casefold(char32_t cp);

// The simple (one-to-one) lowercase mapping, as the re module's IGNORECASE uses it.
char32_t to_lower_simple(char32_t cp);

// What str's methods return, for code point strings.
std::u32string str_upper(std::u32string_view s);
std::u32string str_lower(std::u32string_view s);
std::u32string str_casefold(std::u32string_view s);
std::u32string str_title(std::u32string_view s);
std::u32string str_capitalize(std::u32string_view s);
std::u32string str_swapcase(std::u32string_view s);

// The lowercase of s[i] in context: U+03A3 becomes final sigma (ς) after a cased letter
// (skipping case-ignorable ones) when no cased letter follows, as str.lower() does.
CaseMapping to_lower_in_context(std::u32string_view s, size_t i);

}  // namespace glasspy::unicode
