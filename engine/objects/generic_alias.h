// types.GenericAlias (object model): what list[int] or dict[str, int] evaluate to, through
// the __class_getitem__ class methods of the built-in containers.
#pragma once
#include <string>

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

// One item of a GenericAlias or UnionType repr, appended to *out: "...", a nested alias's
// repr, a class as module.qualname (no module for builtins), anything else by repr().
[[nodiscard]] bool typing_repr_item(VM& vm, Value p, std::string* out);

// Fills the type (readied by init_container_types).
void init_generic_alias_type();
// After it is ready: __name__ 'GenericAlias', __module__ 'types'.
void name_generic_alias_type();

}  // namespace glasspy::objects
