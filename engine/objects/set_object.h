// The set and frozenset types (object model), with CPython's hash-table layout and probing
// so that iteration order (what print shows) is CPython's. The table: set_object.cpp;
// the type slots: set_type.cpp; named methods and operators: set_methods.cpp.
#pragma once
#include <cstdint>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject set_type;
extern TypeObject frozenset_type;
extern TypeObject set_iterator_type;

// One slot of the table: unused (key null, hash 0), dummy (a deleted key: key is the
// dummy marker, hash -1) or active.
struct SetEntry {
  Value key;
  int64_t hash = 0;
};

inline constexpr int64_t kSetMinSize = 8;

struct SetObject : Object {
  int64_t fill = 0;   // active + dummy slots
  int64_t used = 0;   // active slots
  int64_t mask = kSetMinSize - 1;
  SetEntry* table = nullptr;  // smalltable or a heap array of mask + 1 entries
  int64_t hash = -1;          // frozenset hash cache
  int64_t finger = 0;         // where pop() looks next
  SetEntry smalltable[kSetMinSize];
};
inline SetObject* as_set_object(Value v) { return static_cast<SetObject*>(v.as_object()); }

inline bool is_set(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &set_type); }
inline bool is_frozenset(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &frozenset_type); }
inline bool is_any_set(Value v) { return is_set(v) || is_frozenset(v); }

// A new set / frozenset of the given items (borrowed). Null on error (unhashable item).
[[nodiscard]] Value make_set(VM& vm, const Value* items, int64_t n);
[[nodiscard]] Value make_frozenset(VM& vm, const Value* items, int64_t n);
// set.add(item): false on error.
[[nodiscard]] bool set_add(VM& vm, Value set, Value item);
// set.update(iterable): false on error.
[[nodiscard]] bool set_update(VM& vm, Value set, Value iterable);
// set(iterable) (an exact set; a dict gives its keys with their stored hashes).
[[nodiscard]] Value make_set_from_iterable(VM& vm, Value iterable);
// In place on a set: kOr update, kAnd intersection_update, kSubtract difference_update,
// kXor symmetric_difference_update, with any iterable. False on error.
[[nodiscard]] bool set_update_op(VM& vm, Value set, Value iterable, BinaryOp op);
// set.intersection(other) for one argument: a new set (of set's type family).
[[nodiscard]] Value set_intersection(VM& vm, Value set, Value other);
// `item in set`: 1, 0, -1 on error (unhashable items raise, as CPython).
[[nodiscard]] int set_contains(VM& vm, Value set, Value item);
// Number of items.
int64_t set_size(Value set);

// Registers set, frozenset and set_iterator (called by init_builtin_types).
void init_set_types();

}  // namespace glasspy::objects
