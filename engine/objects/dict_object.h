// The dict type's representation and core operations (object model): CPython's compact,
// insertion-ordered layout (an index table into an array of entries). Namespaces
// (globals, builtins, type and instance dicts) are dicts, so lookups of str keys have a
// path that never calls Python code. The dict methods and views: dict_methods.cpp.
#pragma once
#include <cstdint>
#include <string_view>

#include "objects/builtin_types.h"
#include "objects/object.h"
#include "objects/str_object.h"

namespace glasspy::objects {

struct DictEntry {
  int64_t hash = 0;
  Value key;    // null: a deleted entry
  Value value;
};

struct DictObject : Object {
  int64_t used = 0;         // live entries
  int64_t entries_used = 0; // entries appended so far (live and deleted)
  int64_t entries_capacity = 0;
  int64_t index_mask = -1;  // index table size - 1; -1: no table yet
  DictEntry* entries = nullptr;
  int32_t* indices = nullptr;  // -1 empty, -2 deleted, else an entry number
  uint64_t version = 0;        // changes on every mutation (iteration checks, caches)
};

// The last version given to a dict. Versions are unique across dicts (process-wide, as
// malloc's state), so that a cache keyed by a version alone cannot mistake one dict for
// another: LOAD_GLOBAL remembers "absent from globals at this version".
extern uint64_t dict_version_counter;
inline uint64_t next_dict_version() { return ++dict_version_counter; }

inline bool is_dict(Value v) {
  return v.is_object() && (v.as_object()->type == &dict_type || has_flag(v.as_object()->type, kTypeDictSubclass));
}
inline bool is_exact_dict(Value v) { return v.is_object() && v.as_object()->type == &dict_type; }
inline DictObject* as_dict(Value v) { return static_cast<DictObject*>(v.as_object()); }

// A new empty dict.
DictObject* dict_new();

// Looks a key up: the value (borrowed) or null. `*error` is set when hashing or comparing
// raised (then the exception is pending in the VM).
Value dict_get(VM& vm, DictObject* d, Value key, bool* error);
// Lookup by str key; never raises (str keys compare without Python code; a key of
// another type that might equal a str is compared through the VM only when its hash
// matches). Borrowed or null.
Value dict_get_str(DictObject* d, StrObject* key);
// Lookup by text: for C++ callers that do not have a str at hand.
Value dict_get_utf8(DictObject* d, std::string_view key);
// d[key] = value (both borrowed). False if hashing or comparing raised.
[[nodiscard]] bool dict_set(VM& vm, DictObject* d, Value key, Value value);
// d[key] = value for a str key: never raises.
void dict_set_str(DictObject* d, StrObject* key, Value value);
// del d[key]: 1 if deleted, 0 if absent (nothing raised), -1 on error.
[[nodiscard]] int dict_delete(VM& vm, DictObject* d, Value key);
// Removes every entry.
void dict_clear(DictObject* d);
// Iteration in insertion order: start with *pos = 0; false at the end. Borrowed results.
bool dict_next(const DictObject* d, int64_t* pos, Value* key, Value* value);
// A shallow copy.
DictObject* dict_copy(const DictObject* d);
// d.update(other dict) without calling Python code for str keys. False on error.
[[nodiscard]] bool dict_merge(VM& vm, DictObject* d, const DictObject* other);

// --- for the dict type, its views and sets built from dicts (dict_type.cpp) ---
// A new empty dict of `type` (dict or a subclass), sized for `n` entries.
DictObject* dict_new_sized(int64_t n, TypeObject* type = &dict_type);
// The hash dicts use for a key (str and small-int fast paths); false on error.
[[nodiscard]] bool dict_key_hash(VM& vm, Value key, int64_t* out);
// Lookup with a precomputed hash: borrowed value or null; *error set if comparing raised.
Value dict_get_hashed(VM& vm, DictObject* d, Value key, int64_t hash, bool* error);
// d[key] = value with a precomputed hash. False if comparing raised.
[[nodiscard]] bool dict_set_hashed(VM& vm, DictObject* d, Value key, int64_t hash, Value value);
// Removes `key` and gives its value to the caller (*out owned): 1, 0 if absent, -1 on error.
[[nodiscard]] int dict_pop(VM& vm, DictObject* d, Value key, Value* out);
// Removes the last entry and gives its key and value to the caller; false if empty.
bool dict_pop_last(DictObject* d, Value* key, Value* value);
// The entry slot of the last live entry before *pos (reverse iteration: start with
// *pos = entries_used); false at the beginning. Borrowed results.
bool dict_prev(const DictObject* d, int64_t* pos, Value* key, Value* value);
// The stored hash of the entry dict_next just returned (pos as dict_next left it).
inline int64_t dict_hash_before(const DictObject* d, int64_t pos) { return d->entries[pos - 1].hash; }

}  // namespace glasspy::objects
