// types.UnionType (object model): what `int | None` or `list[int] | str` evaluate to; the
// `|` of classes, None, GenericAlias and unions, as CPython 3.11's unionobject.c.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject union_type;

struct UnionObject : Object {
  Value args;        // owned tuple: the distinct members, None as NoneType
  Value parameters;  // owned tuple or null (computed on first use)
};

inline bool is_union(Value v) { return v.is_object() && v.as_object()->type == &union_type; }

// a | b for the unionable (classes, None, GenericAlias, UnionType): the union, the one
// member if both sides name the same, or NotImplemented. The nb_or slot of type,
// GenericAlias and UnionType.
Value union_type_or(VM& vm, Value a, Value b);

// Sets type's `|` slot (before type is readied, so type.__or__/__ror__ exist).
void init_type_or_slot();
// Fills and readies the type (after the container types).
void init_union_type();

}  // namespace glasspy::objects
