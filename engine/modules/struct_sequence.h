// Struct sequences (modules stage): tuples whose items also have names, as CPython's
// sys.version_info, sys.float_info, time.struct_time: a static tuple subtype per kind.
#pragma once
#include <initializer_list>

#include "objects/tuple_object.h"

namespace glasspy::modules {

// Fills `type` as a struct sequence named `name` ("sys.version_info") whose items are
// `fields` (null-terminated), and readies it. Idempotent.
void init_struct_sequence_type(objects::TypeObject* type, const char* name, const char* const* fields);

// A new instance of a struct sequence type holding new references to `items`.
objects::TupleObject* struct_sequence_new(objects::TypeObject* type, std::initializer_list<objects::Value> items);

}  // namespace glasspy::modules
