// Unicode character classes for the lexer and re (unicode stage): ASCII answered inline,
// everything else from the generated tables.
#include "unicode/char_class.h"

#include "unicode/normalize.h"
#include "unicode/unicode_tables.h"

namespace glasspy::unicode {

namespace {

bool ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_xid_start(char32_t cp) {
  if (cp < 0x80) return ascii_alpha(cp) || cp == '_';
  return (detail::char_record(cp).flags & detail::kFlagXidStart) != 0;
}

bool is_xid_continue(char32_t cp) {
  if (cp < 0x80) return ascii_alpha(cp) || ascii_digit(cp) || cp == '_';
  return (detail::char_record(cp).flags & detail::kFlagXidContinue) != 0;
}

bool is_word_char(char32_t cp) {
  if (cp < 0x80) return ascii_alpha(cp) || ascii_digit(cp) || cp == '_';
  // Decimal and digit characters are numeric too: alpha or numeric is str.isalnum().
  return (detail::char_record(cp).flags & (detail::kFlagAlpha | detail::kFlagNumeric)) != 0;
}

std::string nfkc(std::string_view utf8) { return normalize_utf8(NormalForm::NFKC, utf8); }

}  // namespace glasspy::unicode
