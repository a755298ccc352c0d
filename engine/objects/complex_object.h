// The complex type (object model). Arithmetic and methods: complex_object.cpp.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject complex_type;

struct ComplexObject : Object {
  double real = 0, imag = 0;
};

inline bool is_complex(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &complex_type); }
// A new complex (new reference).
Value make_complex(double real, double imag);

}  // namespace glasspy::objects
