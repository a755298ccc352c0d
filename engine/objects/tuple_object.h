// The tuple type's representation and core operations (object model): items stored
// inline after the header. Tuple methods and the rest of the type: tuple_object.cpp.
#pragma once
#include <cstdint>
#include <initializer_list>

#include "objects/builtin_types.h"
#include "objects/object.h"

namespace glasspy::objects {

struct TupleObject : Object {
  int64_t size = 0;
  int64_t hash = -1;  // unused cache slot kept for alignment of items
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value item(int64_t i) const { return items()[i]; }
};

inline bool is_tuple(Value v) {
  return v.is_object() && (v.as_object()->type == &tuple_type || has_flag(v.as_object()->type, kTypeTupleSubclass));
}
inline bool is_exact_tuple(Value v) { return v.is_object() && v.as_object()->type == &tuple_type; }
inline TupleObject* as_tuple(Value v) { return static_cast<TupleObject*>(v.as_object()); }

// A new tuple of `size` null items for the caller to fill with owned references
// (tuple_alloc(0) is the shared empty tuple). Never fails.
TupleObject* tuple_alloc(int64_t size, TypeObject* type = &tuple_type);
// A new tuple holding new references to `items` (borrowed).
TupleObject* tuple_from(const Value* items, int64_t n);
TupleObject* tuple_of(std::initializer_list<Value> items);
// tuple[start:stop] (0 <= start <= stop <= size).
TupleObject* tuple_slice(TupleObject* t, int64_t start, int64_t stop);

}  // namespace glasspy::objects
