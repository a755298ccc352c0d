// The int type's representation (object model): ints in [-2^47, 2^47) are immediates
// (Value small ints); larger ones, bools and instances of int subclasses are IntObjects
// holding an arbitrary-precision numeric::BigInt. The arithmetic and methods are in
// int_*.cpp; this is what every other part needs.
#pragma once
#include <cstdint>
#include <string>

#include "numeric/bigint.h"
#include "objects/builtin_types.h"
#include "objects/object.h"

namespace glasspy::objects {

struct IntObject : Object {
  numeric::BigInt value;
};

// True for int and its subclasses (bool included), immediates and heap.
inline bool is_int(Value v) {
  if (v.is_small_int()) return true;
  return v.is_object() && (v.as_object()->type == &int_type || has_flag(v.as_object()->type, kTypeIntSubclass));
}
inline bool is_exact_int(Value v) {
  return v.is_small_int() || (v.is_object() && v.as_object()->type == &int_type);
}
inline bool is_bool(Value v) { return v.is_object() && v.as_object()->type == &bool_type; }
inline IntObject* as_int_object(Value v) { return static_cast<IntObject*>(v.as_object()); }

// An int value (new reference): an immediate when it fits, else a heap int.
Value make_int(int64_t v);
Value make_int(const numeric::BigInt& v);
Value make_int(numeric::BigInt&& v);
Value make_uint(uint64_t v);

// The value of an int (is_int(v)) as a BigInt.
numeric::BigInt int_to_bigint(Value v);
// The value of an int if it fits in int64 (false otherwise).
bool int_to_int64(Value v, int64_t* out);

}  // namespace glasspy::objects
