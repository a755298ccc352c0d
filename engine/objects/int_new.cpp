// int() (object model): int(x) through __int__ / __index__ / __trunc__ or parsing of
// str and bytes, int(text, base), and instances of int subclasses. CPython 3.11's rules
// and messages.
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "unicode/char_props.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

// repr(x) cut to 200 code points, as CPython's "%.200R".
std::string truncated_repr(VM& vm, Value x) {
  Value r = repr(vm, x);
  if (r.is_null()) {
    vm.clear_error();
    return "?";
  }
  StrObject* s = as_str(r);
  StrObject* cut = s->length > 200 ? str_substring(s, 0, 200) : s;
  std::string text(str_utf8(cut));
  if (cut != s) decref(cut);
  decref(r);
  return text;
}

Value parse_ascii(VM& vm, std::string_view text, int base, Value original) {
  if (text.size() < 16 && base == 10) {
    // Fast path for short plain decimals: digits with an optional sign.
    size_t i = 0;
    bool negative = false;
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) negative = text[i++] == '-';
    int64_t v = 0;
    size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') v = v * 10 + (text[i++] - '0');
    if (i == text.size() && i > start) return make_int(negative ? -v : v);
  }
  numeric::BigInt value;
  numeric::Status s = numeric::parse_int(text, base, &value, int_max_str_digits(vm));
  if (!s.ok()) {
    if (s.kind() == numeric::ErrorKind::kValueError && s.message().rfind("invalid literal", 0) == 0) {
      std::string message = s.message();
      size_t colon = message.find(": ");
      message = message.substr(0, colon + 2) + truncated_repr(vm, original);
      return vm.raise(&exc_ValueError, message);
    }
    return raise_numeric_status(vm, s);
  }
  return make_int(std::move(value));
}

}  // namespace

Value int_from_text(VM& vm, Value text, int base) {
  if (is_str(text)) {
    StrObject* s = as_str(text);
    if (s->ascii) return parse_ascii(vm, str_utf8(s), base, text);
    // Unicode spaces become ' ' and Unicode decimals their ASCII digit; anything else
    // non-ASCII cannot be part of a literal.
    std::string ascii;
    ascii.reserve(static_cast<size_t>(s->length));
    for (int64_t i = 0; i < s->length; ++i) {
      char32_t c = s->at(i);
      if (c < 0x80) {
        ascii += static_cast<char>(c);
      } else if (unicode::is_space(c)) {
        ascii += ' ';
      } else {
        int d = unicode::decimal_value(c);
        ascii += d >= 0 ? static_cast<char>('0' + d) : '?';
      }
    }
    return parse_ascii(vm, ascii, base, text);
  }
  std::string_view bytes;
  if (bytes_like_view(text, &bytes)) return parse_ascii(vm, bytes, base, text);
  return vm.raise(&exc_TypeError, "int() can't convert non-string with explicit base");
}

Value int_from_object(VM& vm, Value x) {
  if (is_exact_int(x)) {
    incref(x);
    return x;
  }
  if (x.is_double()) return int_from_double(vm, x.as_double());
  TypeObject* t = type_of(x);
  if (t->to_int != nullptr) {
    Value r = t->to_int(vm, x);
    if (r.is_null()) return r;
    if (!is_int(r)) {
      std::string message = std::string("__int__ returned non-int (type ") + type_name(r) + ")";
      decref(r);
      return vm.raise(&exc_TypeError, message);
    }
    if (!is_exact_int(r)) {
      Value exact = int_exact(r);
      decref(r);
      return exact;
    }
    return r;
  }
  if (t->index != nullptr) return index(vm, x);
  Value trunc = type_lookup(vm, t, "__trunc__");
  if (!trunc.is_null()) {
    Value r = call1(vm, trunc, x);
    if (r.is_null()) return r;
    if (is_int(r)) {
      Value exact = int_exact(r);
      decref(r);
      return exact;
    }
    if (type_of(r)->index == nullptr) {
      std::string message = std::string("__trunc__ returned non-Integral (type ") + type_name(r) + ")";
      decref(r);
      return vm.raise(&exc_TypeError, message);
    }
    Value i = index(vm, r);
    decref(r);
    return i;
  }
  std::string_view bytes;
  if (is_str(x) || bytes_like_view(x, &bytes)) return int_from_text(vm, x, 10);
  return vm.raise(&exc_TypeError,
                  std::string("int() argument must be a string, a bytes-like object or a real number, not '") +
                      type_name(x) + "'");
}

Value int_new(VM& vm, TypeObject* type, CallArgs args) {
  Value params[2];
  if (args.nargs + args.nkw() > 2) {
    return vm.raise(&exc_TypeError,
                    "int() takes at most 2 arguments (" + std::to_string(args.nargs + args.nkw()) + " given)");
  }
  if (!vm::parse_args(vm, args, "int", {"x", "base"}, 0, params, 1)) return Value();
  Value result;
  if (params[1].is_null()) {
    result = params[0].is_null() ? Value::from_small_int(0) : int_from_object(vm, params[0]);
  } else {
    if (params[0].is_null()) return vm.raise(&exc_TypeError, "int() missing string argument");
    // The base is clamped rather than overflowing (PyNumber_AsSsize_t with no error).
    Value base_int = index(vm, params[1]);
    if (base_int.is_null()) return Value();
    int64_t base;
    if (!int_to_int64(base_int, &base)) base = 37;
    decref(base_int);
    if (base != 0 && (base < 2 || base > 36)) return vm.raise(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    result = int_from_text(vm, params[0], static_cast<int>(base));
  }
  if (result.is_null() || type == &int_type) return result;
  // A subclass instance holds the value in an IntObject of its own type.
  IntObject* o = alloc<IntObject>(type, type->basic_size);
  o->value = int_to_bigint(result);
  decref(result);
  if (has_flag(type, kTypeGc)) gc::track(o);
  return Value::from_object(o);
}

}  // namespace glasspy::objects
