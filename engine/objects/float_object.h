// The float type (object model): floats are immediates (NaN-boxed Values); FloatObject
// exists only for instances of float subclasses. Arithmetic and methods: float_object.cpp.
#pragma once
#include "objects/builtin_types.h"
#include "objects/object.h"

namespace glasspy::objects {

struct FloatObject : Object {
  double value = 0;
};

inline bool is_float(Value v) {
  return v.is_double() || (v.is_object() && is_subtype(v.as_object()->type, &float_type));
}
inline bool is_exact_float(Value v) { return v.is_double(); }
// The value of a float (is_float(v)).
inline double float_value(Value v) {
  return v.is_double() ? v.as_double() : static_cast<FloatObject*>(v.as_object())->value;
}

}  // namespace glasspy::objects
