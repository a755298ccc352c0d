// types.SimpleNamespace (modules stage): an object whose attributes are its __dict__, with
// repr "namespace(a=1)". sys.implementation is one; types.py exposes the type.
#pragma once
#include "objects/dict_object.h"

namespace glasspy::modules {

extern objects::TypeObject namespace_type;

// A new namespace holding new references to the items of `attributes` (borrowed; may be null).
objects::Value namespace_new(objects::DictObject* attributes);

void init_namespace_type();

}  // namespace glasspy::modules
