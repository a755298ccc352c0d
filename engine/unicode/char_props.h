// Unicode character properties (Unicode 14.0, as CPython 3.11 has them) for the str type and
// the unicodedata module: general category, the predicates behind str.isalpha() & co., and
// numeric values. Every answer matches CPython for every code point (tests/unit/unicode).
#pragma once
#include <cstdint>
#include <optional>

namespace glasspy::unicode {

// The last code point; lookups past it answer as for an unassigned one.
inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

// General category (unicodedata.category). Cn, unassigned, is 0.
enum class Category : uint8_t {
  Cn, Lu, Ll, Lt, Lm, Lo, Mn, Mc, Me, Nd, Nl, No, Pc, Pd, Ps, Pe, Pi, Pf, Po,
  Sm, Sc, Sk, So, Zs, Zl, Zp, Cc, Cf, Cs, Co,
};

// Bidirectional class (unicodedata.bidirectional); None is "", what unassigned ones get.
enum class BidiClass : uint8_t {
  None, L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON,
  LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
};

// East Asian width (unicodedata.east_asian_width); CPython answers F for unassigned ones.
enum class EastAsianWidth : uint8_t { F, H, W, Na, A, N };

// The Unicode version of the tables: "14.0.0" (unicodedata.unidata_version).
const char* unicode_version();

// General category of `cp`, and its two-letter name ("Lu").
Category category(char32_t cp);
const char* category_name(Category category);

// Bidirectional class and its name ("AL", or "" for None).
BidiClass bidi_class(char32_t cp);
const char* bidi_class_name(BidiClass bidi);

// East Asian width and its name ("Na").
EastAsianWidth east_asian_width(char32_t cp);
const char* east_asian_width_name(EastAsianWidth width);

// Canonical combining class (unicodedata.combining): 0 for starters.
int combining_class(char32_t cp);

// unicodedata.mirrored() as a bool.
bool is_mirrored(char32_t cp);

// The predicates of str's methods, for one code point: `is_alpha(c)` is `c.isalpha()`.
bool is_alpha(char32_t cp);      // categories Lu Ll Lt Lm Lo
bool is_decimal(char32_t cp);    // has a decimal value (Nd)
bool is_digit(char32_t cp);      // has a digit value (decimals, superscripts, ...)
bool is_numeric(char32_t cp);    // has a numeric value (digits, fractions, CJK numerals, ...)
bool is_alnum(char32_t cp);      // alpha, decimal, digit or numeric
bool is_space(char32_t cp);      // str.isspace(), str.split() with no separator
bool is_linebreak(char32_t cp);  // where str.splitlines() splits (\r\n is the caller's)
bool is_printable(char32_t cp);  // str.isprintable(), repr() escapes the others
bool is_upper(char32_t cp);      // Uppercase: str.isupper() of one character
bool is_lower(char32_t cp);      // Lowercase: str.islower() of one character
bool is_title(char32_t cp);      // titlecase letter (Lt); str.istitle() also accepts is_upper

// Cased and Case_Ignorable: what str.title() and str.lower()'s final sigma look at.
bool is_cased(char32_t cp);
bool is_case_ignorable(char32_t cp);

// unicodedata.decimal() and digit(): the value, or -1 if there is none.
int decimal_value(char32_t cp);
int digit_value(char32_t cp);

// unicodedata.numeric(): the value (1/3 as the double CPython gives), if there is one.
std::optional<double> numeric_value(char32_t cp);

}  // namespace glasspy::unicode
