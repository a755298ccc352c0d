// Unicode normalization (unicode stage): full decomposition, canonical ordering, then
// canonical composition, over the generated decomposition and composition tables.
#include "unicode/normalize.h"

#include <vector>

#include "text/utf8.h"
#include "unicode/hangul.h"
#include "unicode/unicode_tables.h"

namespace glasspy::unicode {

namespace {

using detail::char_record;

bool is_compat(NormalForm form) { return form == NormalForm::NFKC || form == NormalForm::NFKD; }
bool is_composed(NormalForm form) { return form == NormalForm::NFC || form == NormalForm::NFKC; }

// Inert characters are unchanged by the form whatever their neighbours (no decomposition,
// combining class 0, never the second of a composition), so a string of them is normalized.
bool is_inert(NormalForm form, char32_t cp) {
  if (cp < 0xA0) return true;  // nothing below U+00A0 decomposes, combines or reorders
  uint32_t inert = is_compat(form) ? detail::kFlagNfkcInert : detail::kFlagNfcInert;
  return (char_record(cp).flags & inert) != 0;
}

// Appends the full (recursive) decomposition of `cp`.
void decompose(char32_t cp, bool compat, std::u32string& out) {
  uint32_t flags = char_record(cp).flags;
  if (!(flags & (compat ? detail::kFlagCompatDecomposes : detail::kFlagCanonDecomposes))) {
    out += cp;
    return;
  }
  if (is_hangul_syllable(cp)) {
    char32_t jamo[3];
    out.append(jamo, hangul_decompose(cp, jamo));
    return;
  }
  // The flags already say whether this form decomposes `cp` (a canonical mapping's parts
  // are looked up again, as they may have compatibility mappings of their own).
  char32_t parts[detail::kMaxDecomposition];
  int n = detail::decode_decomposition(detail::decomposition_entry(cp), parts);
  for (int i = 0; i < n; ++i) decompose(parts[i], compat, out);
}

// Canonical ordering: a stable sort by combining class of each run of non-starters.
void reorder(std::u32string& s, std::vector<uint8_t>& classes) {
  classes.resize(s.size());
  for (size_t i = 0; i < s.size(); ++i) classes[i] = char_record(s[i]).combining;
  for (size_t i = 1; i < s.size(); ++i) {
    uint8_t cc = classes[i];
    if (cc == 0) continue;
    // Runs are short (a handful of marks), so insertion sort is the right tool.
    size_t j = i;
    char32_t c = s[i];
    while (j > 0 && classes[j - 1] > cc) {
      s[j] = s[j - 1];
      classes[j] = classes[j - 1];
      --j;
    }
    s[j] = c;
    classes[j] = cc;
  }
}

// Canonical composition in place (UAX #15 section 3.11): each character combines with the
// last starter unless a character between them has class 0 or a class not below its own.
void compose(std::u32string& s, const std::vector<uint8_t>& classes) {
  if (s.empty()) return;
  size_t starter = 0;
  // 256 when the string opens with a non-starter: nothing may combine with that.
  int last_class = classes[0] == 0 ? 0 : 256;
  size_t out = 1;
  for (size_t i = 1; i < s.size(); ++i) {
    char32_t c = s[i];
    int cc = classes[i];
    bool unblocked = last_class == 0 || last_class < cc;
    if (unblocked) {
      if (char32_t composite = detail::compose_pair(s[starter], c)) {
        s[starter] = composite;
        continue;
      }
    }
    if (cc == 0) starter = out;
    last_class = cc;
    s[out++] = c;
  }
  s.resize(out);
}

}  // namespace

bool parse_normal_form(std::string_view name, NormalForm* form) {
  if (name == "NFC") *form = NormalForm::NFC;
  else if (name == "NFD") *form = NormalForm::NFD;
  else if (name == "NFKC") *form = NormalForm::NFKC;
  else if (name == "NFKD") *form = NormalForm::NFKD;
  else return false;
  return true;
}

std::u32string normalize(NormalForm form, std::u32string_view s) {
  bool all_inert = true;
  for (char32_t c : s) {
    if (!is_inert(form, c)) {
      all_inert = false;
      break;
    }
  }
  if (all_inert) return std::u32string(s);
  std::u32string result;
  result.reserve(s.size() + s.size() / 2);
  for (char32_t c : s) decompose(c, is_compat(form), result);
  std::vector<uint8_t> classes;
  reorder(result, classes);
  if (is_composed(form)) compose(result, classes);
  return result;
}

std::string normalize_utf8(NormalForm form, std::string_view utf8) {
  bool ascii = true;
  for (char b : utf8) {
    if (static_cast<unsigned char>(b) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(utf8);
  std::u32string decoded;
  decoded.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();) {
    text::Decoded d = text::decode_utf8(utf8, pos);
    decoded += d.code_point == text::kInvalidCodePoint ? U'\uFFFD' : d.code_point;
    pos += d.length;
  }
  std::string out;
  out.reserve(utf8.size());
  for (char32_t c : normalize(form, decoded)) text::append_utf8(out, c);
  return out;
}

bool is_normalized(NormalForm form, std::u32string_view s) {
  bool all_inert = true;
  for (char32_t c : s) {
    if (!is_inert(form, c)) {
      all_inert = false;
      break;
    }
  }
  return all_inert || normalize(form, s) == s;
}

std::string decomposition_string(char32_t cp) {
  detail::Decomposition d = detail::decomposition_entry(cp);
  if (d.length == 0) return {};
  std::string out = detail::decomposition_tag_name(d.tag);
  char32_t parts[detail::kMaxDecomposition];
  int n = detail::decode_decomposition(d, parts);
  for (int i = 0; i < n; ++i) {
    // Four hex digits at least, upper case, as UnicodeData spells code points.
    char buffer[8];
    int digits = 0;
    for (int shift = parts[i] > 0xFFFF ? (parts[i] > 0xFFFFF ? 20 : 16) : 12; shift >= 0; shift -= 4) {
      buffer[digits++] = "0123456789ABCDEF"[(parts[i] >> shift) & 0xF];
    }
    if (!out.empty()) out += ' ';
    out.append(buffer, digits);
  }
  return out;
}

}  // namespace glasspy::unicode
