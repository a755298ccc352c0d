// int.__format__ (object model): the presentation types b c d o x X n and none, the float
// types applied to ints, '#' prefixes and grouping, as CPython's format_long_internal.
#include <string>

#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/memory_limit.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "text/double_format.h"
#include "text/format_spec.h"
#include "text/utf8.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

// The digits of |v| in `base` (no sign, no prefix); base 10 honours the digit limit.
bool int_digits(VM& vm, Value v, int base, bool upper, std::string* out, bool* negative) {
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    *negative = x < 0;
    uint64_t m = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    const char* alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char buf[72];
    char* end = buf + sizeof buf;
    char* p = end;
    do {
      *--p = alphabet[m % static_cast<unsigned>(base)];
      m /= static_cast<unsigned>(base);
    } while (m != 0);
    out->assign(p, static_cast<size_t>(end - p));
    return true;
  }
  const numeric::BigInt& b = as_int_object(v)->value;
  *negative = b.is_negative();
  if (base == 10) {
    int limit = int_max_str_digits(vm);
    if (limit > 0 && numeric::decimal_digits_exceed(b, limit)) {
      vm.raise(&exc_ValueError, numeric::str_limit_message(limit));
      return false;
    }
  }
  numeric::append_digits(b, base, upper, out);
  return true;
}

bool format_int_spec(VM& vm, Value v, const text::FormatSpec& spec, std::string* out) {
  if (spec.precision != -1) {
    vm.raise(&exc_ValueError, "Precision not allowed in integer format specifier");
    return false;
  }
  if (spec.no_neg_zero) {
    vm.raise(&exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    return false;
  }
  if (spec.type == 'c') {
    if (spec.sign) {
      vm.raise(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
      return false;
    }
    if (spec.alternate) {
      vm.raise(&exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
      return false;
    }
    int64_t x;
    if (!int_to_int64(v, &x)) {
      vm.raise(&exc_OverflowError, "Python int too large to convert to C long");
      return false;
    }
    if (x < 0 || x > 0x10FFFF) {
      vm.raise(&exc_OverflowError, "%c arg not in range(0x110000)");
      return false;
    }
    std::string ch;
    text::append_utf8(ch, static_cast<char32_t>(x));
    // The character is laid out as a non-digit: never grouped or zero-filled inside.
    text::append_number(*out, spec, false, "", "", ch, 0);
    return true;
  }
  int base = 10;
  const char* prefix = "";
  bool upper = false;
  switch (spec.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; upper = true; break;
    default: break;
  }
  std::string digits;
  bool negative;
  if (!int_digits(vm, v, base, upper, &digits, &negative)) return false;
  char separator = spec.type == 'n' ? 0 : spec.grouping;
  text::append_number(*out, spec, negative, spec.alternate ? prefix : "", digits, "", separator);
  return true;
}

}  // namespace

Value int_format(VM& vm, Value self, Value spec_value) {
  std::string_view spec_text;
  if (!format_spec_text(vm, spec_value, &spec_text)) return Value();
  if (spec_text.empty()) return str(vm, self);
  text::FormatSpec spec;
  std::string error;
  const char* name = type_of(self)->name;
  if (!text::parse_format_spec(spec_text, name, 'd', '>', &spec, &error)) return vm.raise(&exc_ValueError, error);
  std::string out;
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      if (!can_hold_width(vm, spec)) return Value();
      if (!format_int_spec(vm, self, spec, &out)) return Value();
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!int_to_double(vm, self, &d) || !can_hold_width(vm, spec)) return Value();
      if (!text::format_double_spec(d, spec, &out, &error)) return vm.raise(&exc_ValueError, error);
      break;
    }
    default:
      return vm.raise(&exc_ValueError, text::unknown_format_code_message(spec.type, name));
  }
  return Value::from_object(str_from_utf8(out));
}

}  // namespace glasspy::objects
