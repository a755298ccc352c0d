// str methods about case and character classes (object model): lower upper casefold
// title capitalize swapcase and the is*() predicates, over the Unicode 14 database in
// engine/unicode, with byte loops for ASCII strings.
#include <string>

#include "objects/str_methods.h"
#include "unicode/case_mapping.h"
#include "unicode/char_class.h"
#include "unicode/char_props.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

inline bool ascii_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
inline bool ascii_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_alpha(uint8_t c) { return ascii_lower(c) || ascii_upper(c); }
inline bool ascii_digit(uint8_t c) { return c >= '0' && c <= '9'; }
inline uint8_t to_lower_ascii(uint8_t c) { return ascii_upper(c) ? c + 32 : c; }
inline uint8_t to_upper_ascii(uint8_t c) { return ascii_lower(c) ? c - 32 : c; }

enum class CaseOp { kLower, kUpper, kSwap, kTitle, kCapitalize, kCasefold };

StrObject* ascii_case(const StrObject* s, CaseOp op) {
  StrObject* r = str_alloc(s->length, 0x7F);
  const uint8_t* in = s->data();
  uint8_t* out = r->data();
  int64_t n = s->length;
  switch (op) {
    case CaseOp::kLower:
    case CaseOp::kCasefold:
      for (int64_t i = 0; i < n; ++i) out[i] = to_lower_ascii(in[i]);
      break;
    case CaseOp::kUpper:
      for (int64_t i = 0; i < n; ++i) out[i] = to_upper_ascii(in[i]);
      break;
    case CaseOp::kSwap:
      for (int64_t i = 0; i < n; ++i) out[i] = ascii_upper(in[i]) ? in[i] + 32 : ascii_lower(in[i]) ? in[i] - 32 : in[i];
      break;
    case CaseOp::kTitle: {
      bool previous_cased = false;
      for (int64_t i = 0; i < n; ++i) {
        uint8_t c = in[i];
        out[i] = previous_cased ? to_lower_ascii(c) : to_upper_ascii(c);
        previous_cased = ascii_alpha(c);
      }
      break;
    }
    case CaseOp::kCapitalize:
      for (int64_t i = 0; i < n; ++i) out[i] = i == 0 ? to_upper_ascii(in[i]) : to_lower_ascii(in[i]);
      break;
  }
  return r;
}

Value change_case(Value self, CaseOp op) {
  StrObject* s = as_str(self);
  if (s->length == 0) return Value::from_object(str_empty());
  if (s->ascii) return Value::from_object(ascii_case(s, op));
  std::u32string cps = str_code_points(s);
  std::u32string out;
  switch (op) {
    case CaseOp::kLower: out = unicode::str_lower(cps); break;
    case CaseOp::kUpper: out = unicode::str_upper(cps); break;
    case CaseOp::kSwap: out = unicode::str_swapcase(cps); break;
    case CaseOp::kTitle: out = unicode::str_title(cps); break;
    case CaseOp::kCapitalize: out = unicode::str_capitalize(cps); break;
    case CaseOp::kCasefold: out = unicode::str_casefold(cps); break;
  }
  return Value::from_object(str_from_code_points(out));
}

}  // namespace

Value str_method_lower(VM&, Value self, CallArgs) { return change_case(self, CaseOp::kLower); }
Value str_method_upper(VM&, Value self, CallArgs) { return change_case(self, CaseOp::kUpper); }
Value str_method_swapcase(VM&, Value self, CallArgs) { return change_case(self, CaseOp::kSwap); }
Value str_method_title(VM&, Value self, CallArgs) { return change_case(self, CaseOp::kTitle); }
Value str_method_capitalize(VM&, Value self, CallArgs) { return change_case(self, CaseOp::kCapitalize); }
Value str_method_casefold(VM&, Value self, CallArgs) { return change_case(self, CaseOp::kCasefold); }

namespace {

// True when the str is non-empty and every code point passes: ASCII test for ASCII
// strings, the Unicode one otherwise.
template <class AsciiTest, class UnicodeTest>
Value all_chars(Value self, AsciiTest ascii_test, UnicodeTest unicode_test) {
  StrObject* s = as_str(self);
  if (s->length == 0) return boolean(false);
  if (s->ascii) {
    const uint8_t* d = s->data();
    for (int64_t i = 0; i < s->length; ++i)
      if (!ascii_test(d[i])) return boolean(false);
    return boolean(true);
  }
  for (int64_t i = 0; i < s->length; ++i)
    if (!unicode_test(s->at(i))) return boolean(false);
  return boolean(true);
}

}  // namespace

Value str_method_isalpha(VM&, Value self, CallArgs) {
  return all_chars(self, ascii_alpha, unicode::is_alpha);
}
Value str_method_isalnum(VM&, Value self, CallArgs) {
  return all_chars(self, [](uint8_t c) { return ascii_alpha(c) || ascii_digit(c); }, unicode::is_alnum);
}
Value str_method_isdecimal(VM&, Value self, CallArgs) { return all_chars(self, ascii_digit, unicode::is_decimal); }
Value str_method_isdigit(VM&, Value self, CallArgs) { return all_chars(self, ascii_digit, unicode::is_digit); }
Value str_method_isnumeric(VM&, Value self, CallArgs) { return all_chars(self, ascii_digit, unicode::is_numeric); }
Value str_method_isspace(VM&, Value self, CallArgs) {
  return all_chars(
      self, [](uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); },
      unicode::is_space);
}

Value str_method_isascii(VM&, Value self, CallArgs) { return boolean(as_str(self)->ascii); }

Value str_method_isprintable(VM&, Value self, CallArgs) {
  StrObject* s = as_str(self);
  if (s->ascii) {
    const uint8_t* d = s->data();
    for (int64_t i = 0; i < s->length; ++i)
      if (d[i] < 0x20 || d[i] == 0x7F) return boolean(false);
    return boolean(true);
  }
  for (int64_t i = 0; i < s->length; ++i)
    if (!unicode::is_printable(s->at(i))) return boolean(false);
  return boolean(true);
}

Value str_method_islower(VM&, Value self, CallArgs) {
  StrObject* s = as_str(self);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (unicode::is_upper(c) || unicode::is_title(c)) return boolean(false);
    if (!cased && unicode::is_lower(c)) cased = true;
  }
  return boolean(cased);
}

Value str_method_isupper(VM&, Value self, CallArgs) {
  StrObject* s = as_str(self);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (unicode::is_lower(c) || unicode::is_title(c)) return boolean(false);
    if (!cased && unicode::is_upper(c)) cased = true;
  }
  return boolean(cased);
}

Value str_method_istitle(VM&, Value self, CallArgs) {
  StrObject* s = as_str(self);
  bool cased = false, previous_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    char32_t c = s->at(i);
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (previous_cased) return boolean(false);
      previous_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!previous_cased) return boolean(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return boolean(cased);
}

Value str_method_isidentifier(VM&, Value self, CallArgs) {
  StrObject* s = as_str(self);
  if (s->length == 0) return boolean(false);
  char32_t first = s->at(0);
  if (first != '_' && !unicode::is_xid_start(first)) return boolean(false);
  for (int64_t i = 1; i < s->length; ++i)
    if (!unicode::is_xid_continue(s->at(i))) return boolean(false);
  return boolean(true);
}

}  // namespace glasspy::objects
