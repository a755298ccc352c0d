// types.GenericAlias (object model): what list[int] or dict[str, int] evaluate to, through
// the __class_getitem__ class methods of the built-in containers.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject generic_alias_type;

struct GenericAliasObject : Object {
  Value origin;      // owned
  Value args;        // owned tuple
  Value parameters;  // owned tuple or null (computed on first use)
};

// origin[args] (args: a tuple, or one value that becomes a 1-tuple). New reference.
Value generic_alias_new(Value origin, Value args);

// The __class_getitem__ every generic built-in container has (list, dict, tuple, set,
// frozenset, enumerate): a MethodDef for add_static_classmethod.
extern const MethodDef kClassGetItemDef;

// Fills the type (readied by init_container_types).
void init_generic_alias_type();

}  // namespace glasspy::objects
