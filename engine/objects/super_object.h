// super (object model): attribute lookup that starts after a class in an object's MRO;
// the zero-argument form reads the calling frame's first argument and __class__ cell.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject super_type;

struct SuperObject : Object {
  TypeObject* type = nullptr;      // __thisclass__ (owned)
  Value obj;                       // __self__ (owned; null: unbound)
  TypeObject* obj_type = nullptr;  // __self_class__ (owned; null: unbound)
};

// Fills the type (readied by init_class_machinery_types).
void init_super_type();

}  // namespace glasspy::objects
