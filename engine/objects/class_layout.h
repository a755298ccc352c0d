// Instance layout of classes (object model): which base a class's instances are laid out
// as, and what its __slots__ add (member descriptors, __dict__, __weakref__). Used by
// type_new (type_new.cpp).
#pragma once
#include <vector>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

// What a class statement's __slots__ (or their absence) asks of the layout.
struct ClassLayout {
  std::vector<Ref> slot_names;  // mangled, sorted, without __dict__ / __weakref__
  bool add_dict = false;
  bool add_weakref = false;
};

// The base whose layout the new class extends (CPython's best_base): raises "multiple
// bases have instance lay-out conflict", "bases must be types", "type 'bool' is not an
// acceptable base type". Borrowed; null on error.
TypeObject* best_base(VM& vm, TupleObject* bases);

// Reads and checks `__slots__` in the class namespace `ns` (a private copy) for a class
// named `class_name` whose layout base is `base`. False with the error raised.
[[nodiscard]] bool plan_class_layout(VM& vm, DictObject* ns, TypeObject* base, StrObject* class_name,
                                     ClassLayout* out);

// Lays out the new heap type `t` (prefix values, dict slot) and puts its member
// descriptors and __dict__ / __weakref__ descriptors into its dict.
void apply_class_layout(TypeObject* t, const ClassLayout& layout);

}  // namespace glasspy::objects
