// Unicode character properties for str and unicodedata (unicode stage), read from the
// generated tables.
#include "unicode/char_props.h"

#include "unicode/unicode_tables.h"

namespace glasspy::unicode {

using detail::char_record;

namespace {

bool has_flag(char32_t cp, uint32_t flag) { return (char_record(cp).flags & flag) != 0; }

constexpr const char* kCategoryNames[] = {
    "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps",
    "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
};
constexpr const char* kBidiNames[] = {
    "", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
    "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI",
};
constexpr const char* kEastAsianWidthNames[] = {"F", "H", "W", "Na", "A", "N"};

}  // namespace

const char* unicode_version() { return detail::table_unicode_version(); }

Category category(char32_t cp) { return static_cast<Category>(char_record(cp).category); }
const char* category_name(Category category) { return kCategoryNames[static_cast<int>(category)]; }

BidiClass bidi_class(char32_t cp) { return static_cast<BidiClass>(char_record(cp).bidi); }
const char* bidi_class_name(BidiClass bidi) { return kBidiNames[static_cast<int>(bidi)]; }

EastAsianWidth east_asian_width(char32_t cp) {
  return static_cast<EastAsianWidth>((char_record(cp).flags >> detail::kEastAsianWidthShift) & 7);
}
const char* east_asian_width_name(EastAsianWidth width) {
  return kEastAsianWidthNames[static_cast<int>(width)];
}

int combining_class(char32_t cp) { return char_record(cp).combining; }
bool is_mirrored(char32_t cp) { return has_flag(cp, detail::kFlagMirrored); }

bool is_alpha(char32_t cp) { return has_flag(cp, detail::kFlagAlpha); }
bool is_decimal(char32_t cp) { return has_flag(cp, detail::kFlagDecimal); }
bool is_digit(char32_t cp) { return has_flag(cp, detail::kFlagDigit); }
bool is_numeric(char32_t cp) { return has_flag(cp, detail::kFlagNumeric); }
bool is_alnum(char32_t cp) {
  // Decimal and digit characters are numeric too, so two flags cover all four.
  return has_flag(cp, detail::kFlagAlpha | detail::kFlagNumeric);
}
bool is_space(char32_t cp) { return has_flag(cp, detail::kFlagSpace); }
bool is_linebreak(char32_t cp) { return has_flag(cp, detail::kFlagLinebreak); }
bool is_printable(char32_t cp) { return has_flag(cp, detail::kFlagPrintable); }
bool is_upper(char32_t cp) { return has_flag(cp, detail::kFlagUpper); }
bool is_lower(char32_t cp) { return has_flag(cp, detail::kFlagLower); }
bool is_title(char32_t cp) { return has_flag(cp, detail::kFlagTitle); }
bool is_cased(char32_t cp) { return has_flag(cp, detail::kFlagCased); }
bool is_case_ignorable(char32_t cp) { return has_flag(cp, detail::kFlagCaseIgnorable); }

int decimal_value(char32_t cp) {
  const detail::CharRecord& r = char_record(cp);
  // The generator checked that a decimal's numeric value is exactly its decimal value.
  if (!(r.flags & detail::kFlagDecimal)) return -1;
  return static_cast<int>(detail::numeric_value_at(r.numeric));
}

int digit_value(char32_t cp) {
  const detail::CharRecord& r = char_record(cp);
  if (!(r.flags & detail::kFlagDigit)) return -1;
  return static_cast<int>(detail::numeric_value_at(r.numeric));
}

std::optional<double> numeric_value(char32_t cp) {
  const detail::CharRecord& r = char_record(cp);
  if (r.numeric == 0) return std::nullopt;
  return detail::numeric_value_at(r.numeric);
}

}  // namespace glasspy::unicode
