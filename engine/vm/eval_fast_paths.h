// Inline fast paths of the interpreter loop (VM stage): arithmetic and comparisons on
// immediates (small ints, floats), and lookups in namespace dicts guided by an entry
// index remembered in an instruction's inline cache. Each returns false (or null) when it
// does not apply; the loop then takes the general path, which gives every error message.
#pragma once
#include <cstdint>

#include "objects/alloc.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/type_object.h"
#include "objects/value.h"

namespace glasspy::vm::fast {

using objects::BinaryOp;
using objects::CompareOp;
using objects::DictObject;
using objects::StrObject;
using objects::Value;

// a OP b for two small ints when the result is a small int (add, subtract, multiply,
// and the bitwise ops; the others go to the general path).
inline bool small_int_arith(int64_t a, int64_t b, int op, Value* out) {
  int64_t r;
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::kAdd: r = a + b; break;  // 48-bit operands: no 64-bit overflow
    case BinaryOp::kSubtract: r = a - b; break;
    case BinaryOp::kMultiply:
      if (__builtin_mul_overflow(a, b, &r)) return false;
      break;
    case BinaryOp::kAnd: r = a & b; break;
    case BinaryOp::kOr: r = a | b; break;
    case BinaryOp::kXor: r = a ^ b; break;
    default: return false;
  }
  if (!Value::fits_small_int(r)) return false;
  *out = Value::from_small_int(r);
  return true;
}

// The value of an exact int that fits in int64: an immediate, or a heap int (of type int,
// not bool or a subclass) of up to 64 bits, as products in LCGs make.
inline bool exact_int64(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (v.is_object() && v.as_object()->type == &objects::int_type)
    return static_cast<const objects::IntObject*>(v.as_object())->value.to_int64(out);
  return false;
}

// a OP b on int64 values with Python's semantics (floor division and modulo round toward
// minus infinity); false when the result would not fit in int64 or the op is not one of
// these (then the general path computes it).
inline bool int64_arith(int64_t a, int64_t b, int op, int64_t* out) {
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::kAdd: return !__builtin_add_overflow(a, b, out);
    case BinaryOp::kSubtract: return !__builtin_sub_overflow(a, b, out);
    case BinaryOp::kMultiply: return !__builtin_mul_overflow(a, b, out);
    case BinaryOp::kFloorDivide: {
      if (b == 0 || (b == -1 && a == INT64_MIN)) return false;
      int64_t q = a / b;
      if (a % b != 0 && ((a < 0) != (b < 0))) --q;
      *out = q;
      return true;
    }
    case BinaryOp::kRemainder: {
      if (b == 0) return false;
      if (b == -1) {
        *out = 0;
        return true;
      }
      int64_t r = a % b;
      if (r != 0 && ((r < 0) != (b < 0))) r += b;
      *out = r;
      return true;
    }
    case BinaryOp::kAnd: *out = a & b; return true;
    case BinaryOp::kOr: *out = a | b; return true;
    case BinaryOp::kXor: *out = a ^ b; return true;
    case BinaryOp::kRshift:
      if (b < 0) return false;
      *out = b >= 63 ? (a < 0 ? -1 : 0) : (a >> b);
      return true;
    default: return false;
  }
}

// True when a native function's argument shape takes these arguments as they are, so a
// call may skip check_native_args (which would only produce the error messages).
inline bool native_args_fit(const objects::MethodDef* def, size_t nargs, bool keywords) {
  switch (def->shape) {
    case objects::ArgShape::kNoArgs: return !keywords && nargs == 0;
    case objects::ArgShape::kOneArg: return !keywords && nargs == 1;
    case objects::ArgShape::kPositional:
      return !keywords && static_cast<int64_t>(nargs) >= def->min_args &&
             (def->max_args < 0 || static_cast<int64_t>(nargs) <= def->max_args);
    case objects::ArgShape::kKeywords: return true;
  }
  return false;
}

// The type of any value, inline for heap objects.
inline objects::TypeObject* type_of(Value v) { return v.is_object() ? v.as_object()->type : objects::type_of(v); }

// The float value of an immediate number (a float, or a small int, which converts
// exactly: 48 bits fit a double's mantissa). False for anything else.
inline bool as_number(Value v, double* out) {
  if (v.is_double()) {
    *out = v.as_double();
    return true;
  }
  if (v.is_small_int()) {
    *out = static_cast<double>(v.as_small_int());
    return true;
  }
  return false;
}

// a OP b when one operand is a float and the other a float or small int, for + - * and
// / by a non-zero divisor (IEEE 754 gives CPython's results for these).
inline bool float_arith(Value a, Value b, int op, Value* out) {
  if (!a.is_double() && !b.is_double()) return false;
  double x, y;
  if (!as_number(a, &x) || !as_number(b, &y)) return false;
  double r;
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::kAdd: r = x + y; break;
    case BinaryOp::kSubtract: r = x - y; break;
    case BinaryOp::kMultiply: r = x * y; break;
    case BinaryOp::kTrueDivide:
      if (y == 0.0) return false;
      r = x / y;
      break;
    default: return false;
  }
  *out = Value::from_double(r);
  return true;
}

// x OP y on doubles (or int64s): C++'s comparisons are Python's for these, NaN included.
template <class T>
inline bool compare(T x, T y, int op) {
  switch (static_cast<CompareOp>(op)) {
    case CompareOp::kLt: return x < y;
    case CompareOp::kLe: return x <= y;
    case CompareOp::kEq: return x == y;
    case CompareOp::kNe: return x != y;
    case CompareOp::kGt: return x > y;
    case CompareOp::kGe: return x >= y;
  }
  return false;
}

// The truth of a OP b for two immediate numbers: 1, 0, or -1 when either is not one.
inline int compare_numbers(Value a, Value b, int op) {
  if (a.is_small_int() && b.is_small_int()) return compare(a.as_small_int(), b.as_small_int(), op);
  double x, y;
  if (as_number(a, &x) && as_number(b, &y)) return compare(x, y, op);
  return -1;
}

// The value stored under `name` in `d` if entry number `hint` holds exactly that key
// object (names are interned, so identity is the common case); null otherwise.
[[gnu::always_inline]] inline Value dict_hinted(const DictObject* d, StrObject* name, uint16_t hint) {
  if (hint < d->entries_used) {
    const objects::DictEntry& e = d->entries[hint];
    if (e.key.is(Value::from_object(name))) return e.value;
  }
  return Value();
}

// True if `name` is certainly not a key of `d`: its first probe slot is empty. False
// means "maybe": then a full lookup decides.
inline bool dict_lacks(const DictObject* d, const StrObject* name) {
  if (d->index_mask < 0) return true;
  if (name->hash == -1) return false;
  return d->indices[static_cast<uint64_t>(name->hash) & static_cast<uint64_t>(d->index_mask)] == -1;
}

// Entry numbers from find_name besides real ones.
inline constexpr int64_t kNameAbsent = -1;
inline constexpr int64_t kNameUnsure = -2;

// The entry of the interned key `name` in `d`, walking the probe sequence as the dict does
// and comparing keys by identity: kNameAbsent at an empty slot; kNameUnsure when a key of
// the same hash that is not `name` itself is met (an equal str that is not the interned
// one, or a key of another type: only a full lookup decides) or the hash is not known.
inline int64_t find_name(const DictObject* d, const StrObject* name) {
  if (d->index_mask < 0) return kNameAbsent;
  if (name->hash == -1) return kNameUnsure;
  uint64_t perturb = static_cast<uint64_t>(name->hash);
  uint64_t i = perturb & static_cast<uint64_t>(d->index_mask);
  for (;;) {
    int32_t ix = d->indices[i];
    if (ix == -1) return kNameAbsent;
    if (ix >= 0) {
      const objects::DictEntry& e = d->entries[ix];
      if (e.key.is(Value::from_object(const_cast<StrObject*>(name)))) return ix;
      if (e.hash == name->hash) return kNameUnsure;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & static_cast<uint64_t>(d->index_mask);
  }
}

// lookup_name past a wrong hint: out of line, so that the loop keeps only the hint check.
[[gnu::noinline]] inline Value lookup_name_probing(DictObject* d, StrObject* name, uint16_t* hint) {
  int64_t ix = find_name(d, name);
  if (ix >= 0) {
    if (ix < 0xFFFF) *hint = static_cast<uint16_t>(ix);
    return d->entries[ix].value;
  }
  if (ix == kNameAbsent) return Value();
  return objects::dict_get_str(d, name);
}

// d[name] for an interned `name` (borrowed; null if absent), trying the entry hint first
// and remembering where it was found in *hint.
[[gnu::always_inline]] inline Value lookup_name(DictObject* d, StrObject* name, uint16_t* hint) {
  Value v = dict_hinted(d, name, *hint);
  if (!v.is_null()) [[likely]] return v;
  return lookup_name_probing(d, name, hint);
}

// The entry number of the key `name` in `d` (probing as the dict does), or -1 if absent
// or not found by identity; for remembering as a hint.
inline int64_t dict_entry_of(const DictObject* d, StrObject* name) {
  if (d->index_mask < 0 || name->hash == -1) return -1;
  uint64_t perturb = static_cast<uint64_t>(name->hash);
  uint64_t i = perturb & d->index_mask;
  for (int probes = 0; probes < 64; ++probes) {
    int32_t ix = d->indices[i];
    if (ix == -1) return -1;
    if (ix >= 0 && d->entries[ix].key.is(Value::from_object(name))) return ix;
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & d->index_mask;
  }
  return -1;
}

// The __dict__ slot of an instance of heap type `t` (t->dict_slot >= 0), as
// objects::dict_slot computes it (alloc.h's layout), without the call.
inline Value* instance_dict_slot(objects::Object* o, const objects::TypeObject* t) {
  char* end = reinterpret_cast<char*>(o);
  if (objects::has_flag(t, objects::kTypeGc)) end -= sizeof(objects::GcHeader);
  return reinterpret_cast<Value*>(end) - t->prefix_values + t->dict_slot;
}

}  // namespace glasspy::vm::fast
