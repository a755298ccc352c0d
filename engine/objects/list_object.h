// The list type's representation and core operations (object model). The list methods and
// the rest of the type live in list_object.cpp and list_sort.cpp.
#pragma once
#include <cstdint>

#include "objects/builtin_types.h"
#include "objects/object.h"

namespace glasspy::objects {

struct ListObject : Object {
  Value* items = nullptr;  // owned references, [0, size)
  int64_t size = 0;
  int64_t capacity = 0;
};

inline bool is_list(Value v) {
  return v.is_object() && (v.as_object()->type == &list_type || has_flag(v.as_object()->type, kTypeListSubclass));
}
inline bool is_exact_list(Value v) { return v.is_object() && v.as_object()->type == &list_type; }
inline ListObject* as_list(Value v) { return static_cast<ListObject*>(v.as_object()); }

// A new empty list with room for `capacity` items.
ListObject* list_new(int64_t capacity = 0);
// A new list holding new references to `items` (borrowed).
ListObject* list_from(const Value* items, int64_t n);
// Appends a borrowed value (the list takes its own reference).
void list_append(ListObject* list, Value v);
// Appends an owned reference (the list takes it over).
void list_append_owned(ListObject* list, Value v);
// Makes room for `capacity` items.
void list_reserve(ListObject* list, int64_t capacity);

// list.extend(iterable): false on error.
[[nodiscard]] bool list_extend(VM& vm, ListObject* list, Value iterable);
// list(iterable) as a new exact list; null on error.
[[nodiscard]] Value list_from_iterable(VM& vm, Value iterable);
// list.sort(key=key, reverse=reverse) (key null or None: no key). False on error.
[[nodiscard]] bool list_sort(VM& vm, ListObject* list, Value key, bool reverse);
// list[start:stop] as a new exact list (0 <= start <= stop <= size).
ListObject* list_slice(ListObject* list, int64_t start, int64_t stop);

extern TypeObject list_reverseiterator_type;
// Registers the list type (and its reverse iterator); called by init_builtin_types.
void init_list_type();

}  // namespace glasspy::objects
