// Numeric built-ins (builtins stage): abs, bin/oct/hex, divmod, pow, round, chr/ord,
// hash, id. Exact ints and floats take fast paths; everything else goes through the
// abstract protocol (objects/ops.h) or the type's dunder, with CPython's messages.
#include <cmath>
#include <string>

#include "builtins/builtins_internal.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

namespace {

// bin/oct/hex: "-0x1f" for an int, or __index__'s int.
Value int_with_prefix(VM& vm, Value v, int base, const char* prefix) {
  Ref number;
  if (!is_int(v)) {
    number = Ref::steal(index(vm, v));
    if (number.is_null()) return Value();
    v = number.get();
  }
  std::string text;
  if (v.is_small_int()) {
    int64_t n = v.as_small_int();
    uint64_t magnitude = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    char digits[64];
    int len = 0;
    do {
      digits[len++] = "0123456789abcdef"[magnitude % base];
      magnitude /= base;
    } while (magnitude != 0);
    if (n < 0) text += '-';
    text += prefix;
    while (len > 0) text += digits[--len];
  } else {
    const numeric::BigInt& big = as_int_object(v)->value;
    if (big.sign() < 0) text += '-';
    text += prefix;
    numeric::append_digits(big, base, false, &text);
  }
  return Value::from_object(str_from_ascii(text));
}

// divmod(a, b) for operand types other than int and float: a.__divmod__(b), then
// b.__rdivmod__(a), the right operand first when its type is a subclass overriding it.
Value generic_divmod(VM& vm, Value a, Value b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  Value fa = type_lookup(vm, ta, "__divmod__");
  Value fb = ta == tb ? Value() : type_lookup(vm, tb, "__rdivmod__");
  if (!fb.is_null() && fb.is(type_lookup(vm, ta, "__rdivmod__"))) fb = Value();
  bool found = false;
  if (!fb.is_null() && is_subtype(tb, ta)) {
    Value r = call_special(vm, b, "__rdivmod__", &a, 1, &found);
    if (r.is_null() || !is_not_implemented(r)) return r;
    decref(r);
    fb = Value();
  }
  if (!fa.is_null()) {
    Value r = call_special(vm, a, "__divmod__", &b, 1, &found);
    if (r.is_null() || !is_not_implemented(r)) return r;
    decref(r);
  }
  if (!fb.is_null()) {
    Value r = call_special(vm, b, "__rdivmod__", &a, 1, &found);
    if (r.is_null() || !is_not_implemented(r)) return r;
    decref(r);
  }
  return vm.raise(&exc_TypeError, std::string("unsupported operand type(s) for divmod(): '") + type_name(a) +
                                      "' and '" + type_name(b) + "'");
}

}  // namespace

Value builtin_abs(VM& vm, Value, CallArgs args) {
  Value v = args.args[0];
  if (v.is_small_int()) {
    int64_t n = v.as_small_int();
    return n >= 0 ? v : make_int(-n);
  }
  if (v.is_double()) return Value::from_double(std::fabs(v.as_double()));
  return absolute(vm, v);
}

Value builtin_bin(VM& vm, Value, CallArgs args) { return int_with_prefix(vm, args.args[0], 2, "0b"); }
Value builtin_oct(VM& vm, Value, CallArgs args) { return int_with_prefix(vm, args.args[0], 8, "0o"); }
Value builtin_hex(VM& vm, Value, CallArgs args) { return int_with_prefix(vm, args.args[0], 16, "0x"); }

Value builtin_divmod(VM& vm, Value, CallArgs args) {
  Value a = args.args[0], b = args.args[1];
  if (is_exact_int(a) && is_exact_int(b)) return int_divmod(vm, a, b);
  if ((a.is_double() || is_exact_int(a)) && (b.is_double() || is_exact_int(b))) return float_divmod(vm, a, b);
  return generic_divmod(vm, a, b);
}

Value builtin_pow(VM& vm, Value, CallArgs args) {
  Value p[3];
  if (!vm::parse_args(vm, args, "pow", {"base", "exp", "mod"}, 2, p)) return Value();
  if (p[2].is_null() || is_none(p[2])) return binary_op(vm, p[0], p[1], BinaryOp::kPower);
  // Three numbers of which one is a float or complex: that type's slot answers (CPython
  // tries the modulus's slot too), with its message.
  bool numbers = true, any_float = false, any_complex = false;
  for (int i = 0; i < 3; ++i) {
    bool f = is_float(p[i]), c = is_complex(p[i]);
    numbers = numbers && (is_int(p[i]) || f || c);
    any_float = any_float || f;
    any_complex = any_complex || c;
  }
  if (numbers && any_complex) return vm.raise(&exc_ValueError, "complex modulo");
  if (numbers && any_float)
    return vm.raise(&exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  return ternary_pow(vm, p[0], p[1], p[2]);
}

Value builtin_round(VM& vm, Value, CallArgs args) {
  Value p[2];
  if (!vm::parse_args(vm, args, "round", {"number", "ndigits"}, 1, p)) return Value();
  Value number = p[0];
  bool no_digits = p[1].is_null() || is_none(p[1]);
  if (no_digits) {
    if (number.is_small_int()) return number;
    if (number.is_double()) {
      double x = number.as_double();
      double rounded = std::round(x);
      if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
      return int_from_double(vm, rounded);
    }
  }
  bool found = false;
  Value r = call_special(vm, number, "__round__", &p[1], no_digits ? 0 : 1, &found);
  if (!found)
    return vm.raise(&exc_TypeError, std::string("type ") + type_of(number)->name + " doesn't define __round__ method");
  return r;
}

Value builtin_chr(VM& vm, Value, CallArgs args) {
  Value v = args.args[0];
  int64_t code;
  if (v.is_small_int()) {
    code = v.as_small_int();
  } else {
    Ref n = Ref::steal(index(vm, v));
    if (n.is_null()) return Value();
    if (!int_to_int64(n.get(), &code)) code = INT64_MAX;
  }
  if (code < INT32_MIN || code > INT32_MAX) return vm.raise(&exc_OverflowError, "Python int too large to convert to C int");
  if (code < 0 || code > 0x10FFFF) return vm.raise(&exc_ValueError, "chr() arg not in range(0x110000)");
  return Value::from_object(str_from_char(static_cast<char32_t>(code)));
}

Value builtin_ord(VM& vm, Value, CallArgs args) {
  Value v = args.args[0];
  int64_t length;
  if (is_str(v)) {
    StrObject* s = as_str(v);
    if (s->length == 1) return Value::from_small_int(s->at(0));
    length = s->length;
  } else if (is_bytes(v) || is_bytearray(v)) {
    std::string_view data;
    (void)bytes_like_view(v, &data);
    if (data.size() == 1) return Value::from_small_int(static_cast<uint8_t>(data[0]));
    length = static_cast<int64_t>(data.size());
  } else {
    return vm.raise(&exc_TypeError, std::string("ord() expected string of length 1, but ") + type_name(v) + " found");
  }
  return vm.raise(&exc_TypeError,
                  "ord() expected a character, but string of length " + std::to_string(length) + " found");
}

Value builtin_hash(VM& vm, Value, CallArgs args) {
  int64_t h;
  if (!hash(vm, args.args[0], &h)) return Value();
  return make_int(h);
}

// Heap objects: their address. Immediates (small ints, floats) have no address: their
// bits are stable, distinct per value, and never equal an address (the top 16 bits of
// an immediate are not zero).
Value builtin_id(VM&, Value, CallArgs args) { return make_uint(args.args[0].identity_bits()); }

}  // namespace glasspy::builtins
