// property (object model): a data descriptor that calls fget / fset / fdel, with the
// getter / setter / deleter copies and 3.11's "property 'x' of 'C' object has no setter".
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject property_type;

struct PropertyObject : Object {
  Value fget, fset, fdel;  // null: not given (None)
  Value doc;               // __doc__ (null: None)
  Value name;              // set by __set_name__, for messages; null if unknown
  bool getter_doc = false;  // doc came from fget.__doc__ (a new getter brings its own)
};

// Fills the type (readied by init_class_machinery_types).
void init_property_type();

}  // namespace glasspy::objects
