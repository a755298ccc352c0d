// Full case mappings and str's case-converting methods (unicode stage), from the generated
// case records.
#include "unicode/case_mapping.h"

#include "unicode/char_props.h"
#include "unicode/unicode_tables.h"

namespace glasspy::unicode {

namespace {

constexpr char32_t kCapitalSigma = 0x03A3;
constexpr char32_t kSmallSigma = 0x03C3;
constexpr char32_t kFinalSigma = 0x03C2;

CaseMapping single(char32_t cp) { return {{cp, 0, 0}, 1}; }

// Decodes one case record field: a delta, or a run of the UTF-16 pool.
CaseMapping apply(char32_t cp, int32_t field) {
  if (field < detail::kExtendedCase) {
    return single(static_cast<char32_t>(static_cast<int32_t>(cp) + field));
  }
  const char16_t* units = detail::case_pool() + (field & 0xFFFF);
  int length = (field >> 16) & 0xFF;
  CaseMapping m{{0, 0, 0}, 0};
  for (int i = 0; i < length; ++i) {
    char32_t u = units[i];
    if (u >= 0xD800 && u < 0xDC00) u = 0x10000 + ((u - 0xD800) << 10) + (units[++i] - 0xDC00);
    m.code_points[m.size++] = u;
  }
  return m;
}

void append(std::u32string& out, const CaseMapping& m) { out.append(m.code_points, m.size); }

}  // namespace

CaseMapping to_upper(char32_t cp) { return apply(cp, detail::case_record(cp).upper); }
CaseMapping to_lower(char32_t cp) { return apply(cp, detail::case_record(cp).lower); }
CaseMapping to_title(char32_t cp) { return apply(cp, detail::case_record(cp).title); }
CaseMapping to_casefold(char32_t cp) { return apply(cp, detail::case_record(cp).fold); }

char32_t to_lower_simple(char32_t cp) {
  // İ is the one character whose full lowercase ("i̇") is longer than its simple one.
  if (cp == 0x0130) return 'i';
  return to_lower(cp).code_points[0];
}

CaseMapping to_lower_in_context(std::u32string_view s, size_t i) {
  if (s[i] != kCapitalSigma) return to_lower(s[i]);
  // Final_Sigma: cased case-ignorable* Σ !(case-ignorable* cased). Like CPython, a
  // character is looked at as case-ignorable before it is asked whether it is cased.
  size_t j = i;
  while (j > 0 && is_case_ignorable(s[j - 1])) --j;
  if (j == 0 || !is_cased(s[j - 1])) return single(kSmallSigma);
  size_t k = i + 1;
  while (k < s.size() && is_case_ignorable(s[k])) ++k;
  return single(k == s.size() || !is_cased(s[k]) ? kFinalSigma : kSmallSigma);
}

std::u32string str_upper(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (char32_t c : s) append(out, to_upper(c));
  return out;
}

std::u32string str_lower(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) append(out, to_lower_in_context(s, i));
  return out;
}

std::u32string str_casefold(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (char32_t c : s) append(out, to_casefold(c));
  return out;
}

std::u32string str_title(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  bool previous_is_cased = false;
  for (size_t i = 0; i < s.size(); ++i) {
    append(out, previous_is_cased ? to_lower_in_context(s, i) : to_title(s[i]));
    previous_is_cased = is_cased(s[i]);
  }
  return out;
}

std::u32string str_capitalize(std::u32string_view s) {
  // Since Python 3.8 the first character is titlecased, not uppercased ('ǆ' -> 'ǅ').
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    append(out, i == 0 ? to_title(s[0]) : to_lower_in_context(s, i));
  }
  return out;
}

std::u32string str_swapcase(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_upper(s[i])) append(out, to_lower_in_context(s, i));
    else if (is_lower(s[i])) append(out, to_upper(s[i]));
    else out += s[i];
  }
  return out;
}

}  // namespace glasspy::unicode
