// Internals shared by set_object.cpp (the table) and set_methods.cpp (the methods): the
// hash-table primitives, with CPython 3.11's probing (LINEAR_PROBES = 9, then perturbed
// jumps) and resize rules, so that sets iterate in CPython's order.
#pragma once
#include <cstdint>

#include "objects/set_object.h"

namespace glasspy::objects {

// The key stored in deleted slots (never a real value).
Value set_dummy();
inline bool is_active(const SetEntry& e) { return !e.key.is_null() && !e.key.is(set_dummy()); }

// A new empty set of exactly `type` (set, frozenset or a subclass). Never fails.
SetObject* set_alloc(TypeObject* type);
// set(iterable) / frozenset(iterable) of `type`'s built-in base (set or frozenset), as
// CPython's make_new_set_basetype; iterable may be null.
[[nodiscard]] Value set_new_basetype(VM& vm, TypeObject* type, Value iterable);
// Same for exactly `type`.
[[nodiscard]] Value set_new_of_type(VM& vm, TypeObject* type, Value iterable);

// The hash of a key for a set (fast paths for str and small ints); false on error.
[[nodiscard]] bool set_key_hash(VM& vm, Value key, int64_t* out);
// 0 on success, -1 on error. The set takes its own reference to key.
[[nodiscard]] int set_add_entry(VM& vm, SetObject* so, Value key, int64_t hash);
// 1 present, 0 absent, -1 error.
[[nodiscard]] int set_contains_entry(VM& vm, SetObject* so, Value key, int64_t hash);
// 1 removed, 0 absent, -1 error.
[[nodiscard]] int set_discard_entry(VM& vm, SetObject* so, Value key, int64_t hash);
// Key-level forms (hash computed; a set key is looked up as the equal frozenset).
[[nodiscard]] int set_add_key(VM& vm, SetObject* so, Value key);
[[nodiscard]] int set_contains_key(VM& vm, SetObject* so, Value key);
[[nodiscard]] int set_discard_key(VM& vm, SetObject* so, Value key);

// Rebuilds the table with the smallest size > minused.
void set_table_resize(SetObject* so, int64_t minused);
// Iterates over active entries: start with *pos = 0.
bool set_next(SetObject* so, int64_t* pos, SetEntry** entry);
void set_clear_internal(SetObject* so);
// so |= other for a set or frozenset `other`.
[[nodiscard]] bool set_merge(VM& vm, SetObject* so, SetObject* other);
// so.update(other) for any iterable (sets and exact dicts use their stored hashes).
[[nodiscard]] bool set_update_internal(VM& vm, SetObject* so, Value other);
// Exchanges the contents of two sets (for the in-place forms that build a new table).
void set_swap_bodies(SetObject* a, SetObject* b);
// The frozenset hash of a set's contents (CPython's _shuffle_bits scheme).
int64_t frozenset_hash_impl(const SetObject* so);

}  // namespace glasspy::objects
