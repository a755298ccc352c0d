// The int type's methods and attributes (object model): bit_length, bit_count, to_bytes,
// from_bytes, as_integer_ratio, __round__ & co., real/imag/numerator/denominator, with
// CPython 3.11's signatures and messages (3.11 has no int.is_integer).
#include <bit>
#include <string>

#include "objects/bytes_object.h"
#include "objects/classmethod_descriptor.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

using numeric::BigInt;

Value int_self(VM&, Value self, CallArgs) { return int_exact(self); }

Value int_zero(VM&, Value) { return Value::from_small_int(0); }
Value int_one(VM&, Value) { return Value::from_small_int(1); }
Value int_self_getter(VM&, Value self) { return int_exact(self); }

Value int_bit_length(VM&, Value self, CallArgs) {
  if (self.is_small_int()) {
    int64_t v = self.as_small_int();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return Value::from_small_int(64 - std::countl_zero(m));
  }
  return make_uint(numeric::bit_length(as_int_object(self)->value));
}

Value int_bit_count(VM&, Value self, CallArgs) {
  if (self.is_small_int()) {
    int64_t v = self.as_small_int();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    return Value::from_small_int(std::popcount(m));
  }
  return make_uint(numeric::bit_count(as_int_object(self)->value));
}

Value int_as_integer_ratio(VM&, Value self, CallArgs) {
  Value n = int_exact(self);
  TupleObject* t = tuple_of({n, Value::from_small_int(1)});
  decref(n);
  return Value::from_object(t);
}

Value int_getnewargs(VM&, Value self, CallArgs) {
  Value n = int_exact(self);
  TupleObject* t = tuple_of({n});
  decref(n);
  return Value::from_object(t);
}

Value int_sizeof(VM&, Value self, CallArgs) {
  // CPython's layout: a 24-byte header and 30-bit digits, at least one.
  uint64_t bits = self.is_small_int() ? 0 : numeric::bit_length(as_int_object(self)->value);
  if (self.is_small_int()) {
    int64_t v = self.as_small_int();
    bits = 64 - std::countl_zero(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v));
  }
  uint64_t digits = (bits + 29) / 30;
  return make_uint(24 + 4 * (digits == 0 ? 1 : digits));
}

// round(self, ndigits): exact for ndigits >= 0; else to a multiple of 10**-ndigits,
// halves to even.
Value int_round(VM& vm, Value self, CallArgs args) {
  if (args.nargs == 0 || is_none(args.args[0])) return int_exact(self);
  Value nd = index(vm, args.args[0]);
  if (nd.is_null()) return nd;
  BigInt ndigits = int_to_bigint(nd);
  decref(nd);
  if (ndigits.sign() >= 0) return int_exact(self);
  BigInt value = int_to_bigint(self);
  BigInt n = numeric::negated(ndigits);
  int64_t places;
  // 10**(places-1) > |value| means |value| < 10**places / 2: the result is 0.
  if (!n.to_int64(&places) || static_cast<uint64_t>(places - 1) * 3 > numeric::bit_length(value))
    return Value::from_small_int(0);
  BigInt power;
  numeric::Status s = numeric::pow(BigInt(10), n, &power);
  if (!s.ok()) return raise_numeric_status(vm, s);
  BigInt q, r;
  (void)numeric::divmod(value, power, &q, &r);
  // r in [0, power): round up past the half, or at the half when q is odd.
  int c = numeric::compare(numeric::add(r, r), power);
  if (c > 0 || (c == 0 && q.is_odd())) q = numeric::add(q, 1);
  return make_int(numeric::mul(q, power));
}

Value int_divmod_method(VM& vm, Value self, CallArgs args);
Value int_rdivmod_method(VM& vm, Value self, CallArgs args);

Value int_format_method(VM& vm, Value self, CallArgs args) { return int_format(vm, self, args.args[0]); }

// The byteorder argument: false with the error raised.
bool parse_byteorder(VM& vm, Value v, const char* fname, bool* little) {
  if (v.is_null()) {
    *little = false;
    return true;
  }
  if (!is_str(v)) {
    vm.raise(&exc_TypeError, std::string(fname) + "() argument 'byteorder' must be str, not " + type_name(v));
    return false;
  }
  StrObject* s = as_str(v);
  if (str_equals_utf8(s, "little")) {
    *little = true;
  } else if (str_equals_utf8(s, "big")) {
    *little = false;
  } else {
    vm.raise(&exc_ValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  return true;
}

Value int_to_bytes(VM& vm, Value self, CallArgs args) {
  if (args.nargs > 2)
    return vm.raise(&exc_TypeError,
                    "to_bytes() takes at most 2 positional arguments (" + std::to_string(args.nargs) + " given)");
  Value p[3];
  if (!vm::parse_args(vm, args, "to_bytes", {"length", "byteorder", "signed"}, 0, p, 0, 2)) return Value();
  int64_t length = 1;
  if (!p[0].is_null() && !index_int64(vm, p[0], &length)) return Value();
  if (length < 0) return vm.raise(&exc_ValueError, "length argument must be non-negative");
  bool little;
  if (!parse_byteorder(vm, p[1], "to_bytes", &little)) return Value();
  bool is_signed = false;
  if (!p[2].is_null()) {
    int t = truthy(vm, p[2]);
    if (t < 0) return Value();
    is_signed = t != 0;
  }
  std::string out;
  numeric::Status s = numeric::to_bytes(int_to_bigint(self), static_cast<size_t>(length), little, is_signed, &out);
  if (!s.ok()) return raise_numeric_status(vm, s);
  return make_bytes(out);
}

// int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod, so `self` is the
// class (see the report: the method table needs a classmethod flag for this).
Value int_from_bytes(VM& vm, Value cls, CallArgs args) {
  if (args.nargs > 2)
    return vm.raise(&exc_TypeError,
                    "from_bytes() takes at most 2 positional arguments (" + std::to_string(args.nargs) + " given)");
  Value p[3];
  if (!vm::parse_args(vm, args, "from_bytes", {"bytes", "byteorder", "signed"}, 1, p, 0, 2)) return Value();
  bool little;
  if (!parse_byteorder(vm, p[1], "from_bytes", &little)) return Value();
  bool is_signed = false;
  if (!p[2].is_null()) {
    int t = truthy(vm, p[2]);
    if (t < 0) return Value();
    is_signed = t != 0;
  }
  std::string_view data;
  Ref converted;
  if (!bytes_like_view(p[0], &data)) {
    if (is_int(p[0]) || is_str(p[0]))
      return vm.raise(&exc_TypeError, std::string("cannot convert '") + type_name(p[0]) + "' object to bytes");
    converted = Ref::steal(call1(vm, Value::from_object(&bytes_type), p[0]));
    if (!converted) return Value();
    data = as_bytes(converted.get())->view();
  }
  Value result = make_int(numeric::from_bytes(data, little, is_signed));
  if (cls.is_object() && cls.as_object() != &int_type && is_subtype(type_of(cls), &type_type)) {
    Value instance = call1(vm, cls, result);
    decref(result);
    return instance;
  }
  return result;
}

const MethodDef kIntMethods[] = {
    {"conjugate", int_self, ArgShape::kNoArgs, 0, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length, ArgShape::kNoArgs, 0, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, ArgShape::kNoArgs, 0, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes, ArgShape::kKeywords, 0, -1, "Return an array of bytes representing an integer."},
    {"as_integer_ratio", int_as_integer_ratio, ArgShape::kNoArgs, 0, 0, "Return integer ratio."},
    {"__trunc__", int_self, ArgShape::kNoArgs, 0, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_self, ArgShape::kNoArgs, 0, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_self, ArgShape::kNoArgs, 0, 0, "Ceiling of an Integral returns itself."},
    {"__round__", int_round, ArgShape::kPositional, 0, 1, "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", int_getnewargs, ArgShape::kNoArgs, 0, 0, nullptr},
    {"__format__", int_format_method, ArgShape::kOneArg, 1, 1, "Convert to a string according to format_spec."},
    {"__sizeof__", int_sizeof, ArgShape::kNoArgs, 0, 0, "Returns size in memory, in bytes."},
    {"__divmod__", int_divmod_method, ArgShape::kOneArg, 1, 1, "Return divmod(self, value)."},
    {"__rdivmod__", int_rdivmod_method, ArgShape::kOneArg, 1, 1, "Return divmod(value, self)."},
    {nullptr, nullptr},
};

// A class method: int.from_bytes on a subclass returns an instance of that subclass.
const MethodDef kIntFromBytesDef = {"from_bytes", int_from_bytes, ArgShape::kKeywords, 0, -1,
                                    "Return the integer represented by the given array of bytes."};

const GetSetDef kIntGetSets[] = {
    {"real", int_self_getter, nullptr, "the real part of a complex number"},
    {"imag", int_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_self_getter, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", int_one, nullptr, "the denominator of a rational number in lowest terms"},
    {nullptr, nullptr},
};

Value int_divmod_method(VM& vm, Value self, CallArgs args) { return int_divmod(vm, self, args.args[0]); }
Value int_rdivmod_method(VM& vm, Value self, CallArgs args) { return int_divmod(vm, args.args[0], self); }

}  // namespace

// divmod(a, b) for two ints (a tuple), or NotImplemented.
Value int_divmod(VM& vm, Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return not_implemented();
  Value q, r;
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    if (y == 0) return vm.raise(&exc_ZeroDivisionError, "integer division or modulo by zero");
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
      rr += y;
      --qq;
    }
    q = make_int(qq);
    r = make_int(rr);
  } else {
    BigInt qb, rb;
    numeric::Status s = numeric::divmod(int_to_bigint(a), int_to_bigint(b), &qb, &rb);
    if (!s.ok()) return raise_numeric_status(vm, s);
    q = make_int(std::move(qb));
    r = make_int(std::move(rb));
  }
  TupleObject* t = tuple_alloc(2);
  t->items()[0] = q;
  t->items()[1] = r;
  return Value::from_object(t);
}

void add_int_classmethods() { add_static_classmethod(&int_type, &kIntFromBytesDef); }

void init_int_methods(TypeObject& t) {
  t.methods = kIntMethods;
  t.getsets = kIntGetSets;
}

}  // namespace glasspy::objects
