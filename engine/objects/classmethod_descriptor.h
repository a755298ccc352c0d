// Class methods of built-in types (object model): dict.fromkeys, list.__class_getitem__.
// A classmethod_descriptor in the type's dict binds to the class it is looked up on (or
// the instance's class), so subclasses get themselves as the first argument.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject classmethod_descriptor_type;

struct ClassMethodDescriptorObject : Object {
  const MethodDef* def = nullptr;  // called with self = the class
  TypeObject* owner = nullptr;
};

// Puts `def` into `type`'s dict as a class method (after ready_static_type).
void add_static_classmethod(TypeObject* type, const MethodDef* def);

// Fills the descriptor type (readied by init_container_types).
void init_classmethod_descriptor_type();

}  // namespace glasspy::objects
