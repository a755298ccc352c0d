// Helpers shared by the introspection modules (modules stage: _ast, _opcode, _tokenize):
// tuples built from new references.
#pragma once
#include <initializer_list>

#include "objects/builtin_types.h"
#include "objects/tuple_object.h"

namespace glasspy::modules {

// A new reference to None.
inline objects::Value owned_none() {
  objects::incref(objects::none());
  return objects::none();
}

// A tuple that takes over the references to `items` (unlike tuple_of, which borrows).
inline objects::Value steal_tuple(std::initializer_list<objects::Value> items) {
  objects::TupleObject* t = objects::tuple_alloc(static_cast<int64_t>(items.size()));
  int64_t i = 0;
  for (objects::Value v : items) t->items()[i++] = v;
  return objects::Value::from_object(t);
}

}  // namespace glasspy::modules
