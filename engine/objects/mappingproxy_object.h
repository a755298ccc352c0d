// The mappingproxy type (object model): a read-only view of a mapping, as
// types.MappingProxyType, dict views' .mapping and a class's __dict__ give.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject mappingproxy_type;

struct MappingProxyObject : Object {
  Value mapping;  // owned
};

// A new proxy of `mapping` (borrowed; not checked). New reference.
Value mappingproxy_new(Value mapping);

// Fills the type (readied by init_container_types).
void init_mappingproxy_type();

}  // namespace glasspy::objects
