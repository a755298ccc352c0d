// Struct sequences (modules stage): tuples whose items also have names, as CPython's
// sys.version_info, sys.float_info, time.struct_time: a static tuple subtype per kind.
#pragma once
#include <initializer_list>

#include "objects/tuple_object.h"

namespace glasspy::modules {

// How a struct sequence type is made (beyond its name and fields).
struct StructSequenceOptions {
  int visible_count = -1;        // fields that are tuple items; the rest are attributes only (-1: all)
  bool constructible = false;    // Python may call type(sequence[, dict]) (time.struct_time)
  const char* doc = nullptr;     // __doc__
};

// Fills `type` as a struct sequence named `name` ("sys.version_info") whose items are
// `fields` (null-terminated), and readies it. Idempotent.
void init_struct_sequence_type(objects::TypeObject* type, const char* name, const char* const* fields,
                               StructSequenceOptions options = {});

// A new instance of a struct sequence type holding new references to `items` (one per
// field, hidden fields last).
objects::TupleObject* struct_sequence_new(objects::TypeObject* type, std::initializer_list<objects::Value> items);
// The same from an array of `count` values (all fields); missing trailing fields are None.
objects::TupleObject* struct_sequence_from(objects::TypeObject* type, const objects::Value* items, int count);

}  // namespace glasspy::modules
