// The dict type's core (object model): CPython's compact dict layout — an open-addressed
// index table (perturbed probing) into an insertion-ordered entry array. The dict type's
// slots and methods: dict_type.cpp.
#include "objects/dict_object.h"

#include <cstdlib>
#include <cstring>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/ops.h"
#include "vm/vm.h"

namespace glasspy::objects {

uint64_t dict_version_counter = 0;

namespace {

// A container leaving a dict marks it (see kDictHeldContainer): one test of the removed
// value, off the lookup and insertion paths.
inline void note_removed(DictObject* d, Value old) {
  if (old.is_object() && has_flag(old.as_object()->type, kTypeGc)) d->flags |= kDictHeldContainer;
}

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;
constexpr int64_t kMinSize = 8;

int64_t usable_for(int64_t table_size) { return (table_size << 1) / 3; }

void build_table(DictObject* d, int64_t table_size) {
  std::free(d->indices);
  d->indices = static_cast<int32_t*>(std::malloc(table_size * sizeof(int32_t)));
  if (d->indices == nullptr) std::abort();
  std::memset(d->indices, 0xFF, table_size * sizeof(int32_t));  // all kEmpty
  d->index_mask = table_size - 1;
  for (int64_t ix = 0; ix < d->entries_used; ++ix) {
    uint64_t perturb = static_cast<uint64_t>(d->entries[ix].hash);
    uint64_t i = perturb & d->index_mask;
    while (d->indices[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & d->index_mask;
    }
    d->indices[i] = static_cast<int32_t>(ix);
  }
}

// Compacts the entries (drops deleted ones) and rebuilds the index table with
// `table_size` slots (a power of two >= kMinSize).
void resize_table(DictObject* d, int64_t table_size) {
  int64_t live = 0;
  for (int64_t ix = 0; ix < d->entries_used; ++ix)
    if (!d->entries[ix].key.is_null()) d->entries[live++] = d->entries[ix];
  d->entries_used = live;
  int64_t capacity = usable_for(table_size);
  void* entries = std::realloc(d->entries, capacity * sizeof(DictEntry));
  if (entries == nullptr) std::abort();
  d->entries = static_cast<DictEntry*>(entries);
  d->entries_capacity = capacity;
  build_table(d, table_size);
}

// Sizes the table for `needed` live entries.
void resize(DictObject* d, int64_t needed) {
  int64_t table_size = kMinSize;
  while (usable_for(table_size) < needed) table_size <<= 1;
  resize_table(d, table_size);
}

// Growth when the entries are full: a table of at least used*3 slots (CPython's
// GROWTH_RATE), so about half the new entries are free after a resize.
void grow(DictObject* d) {
  int64_t table_size = kMinSize;
  while (table_size < d->used * 3) table_size <<= 1;
  if (usable_for(table_size) <= d->used) table_size <<= 1;
  resize_table(d, table_size);
}

// Finds `key`: its index-table slot and entry number (-1 if absent, with *slot the first
// free slot for inserting). Returns false if comparing raised.
bool lookup(VM* vm, DictObject* d, Value key, int64_t hash, int64_t* slot, int64_t* entry) {
  *entry = -1;
  *slot = -1;
  if (d->index_mask < 0) return true;
restart:
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & d->index_mask;
  int64_t first_free = -1;
  for (;;) {
    int32_t ix = d->indices[i];
    if (ix == kEmpty) {
      *slot = first_free >= 0 ? first_free : static_cast<int64_t>(i);
      return true;
    }
    if (ix == kDeleted) {
      if (first_free < 0) first_free = static_cast<int64_t>(i);
    } else {
      DictEntry& e = d->entries[ix];
      if (e.key.is(key)) {
        *slot = static_cast<int64_t>(i);
        *entry = ix;
        return true;
      }
      if (e.hash == hash) {
        if (e.key.is_small_int() && key.is_small_int()) {
          // Distinct immediates of equal hash: different ints, never equal.
        } else if (is_exact_str(e.key) && is_exact_str(key)) {
          if (str_equal(as_str(e.key), as_str(key))) {
            *slot = static_cast<int64_t>(i);
            *entry = ix;
            return true;
          }
        } else if (vm != nullptr) {
          Value stored = e.key;
          incref(stored);
          uint64_t version = d->version;
          int same = eq(*vm, stored, key);
          decref(stored);
          if (same < 0) return false;
          if (d->version != version) goto restart;  // the comparison changed the dict
          if (same) {
            *slot = static_cast<int64_t>(i);
            *entry = ix;
            return true;
          }
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & d->index_mask;
  }
}

bool key_hash(VM& vm, Value key, int64_t* out) {
  if (is_exact_str(key)) {
    StrObject* s = as_str(key);
    *out = s->hash != -1 ? s->hash : str_hash(s);
    return true;
  }
  if (key.is_small_int()) {
    // hash(n) == n for |n| < 2^61 - 1, except hash(-1) == -2.
    int64_t n = key.as_small_int();
    *out = n == -1 ? -2 : n;
    return true;
  }
  return hash(vm, key, out);
}

// Inserts a new entry (key absent; `slot` from lookup, or -1 to find one after a resize).
void insert_new(DictObject* d, Value key, int64_t hash, Value value, int64_t slot) {
  if (d->entries_used >= d->entries_capacity || slot < 0) {
    if (d->entries_used >= d->entries_capacity) grow(d);
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = perturb & d->index_mask;
    while (d->indices[i] >= 0) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & d->index_mask;
    }
    slot = static_cast<int64_t>(i);
  }
  incref(key);
  incref(value);
  d->entries[d->entries_used] = DictEntry{hash, key, value};
  d->indices[slot] = static_cast<int32_t>(d->entries_used++);
  ++d->used;
  d->version = next_dict_version();
}

}  // namespace

DictObject* dict_new() {
  DictObject* d = alloc<DictObject>(&dict_type);
  gc::track(d);
  return d;
}

Value dict_get(VM& vm, DictObject* d, Value key, bool* error) {
  *error = false;
  int64_t h;
  if (!key_hash(vm, key, &h)) {
    *error = true;
    return Value();
  }
  int64_t slot, entry;
  if (!lookup(&vm, d, key, h, &slot, &entry)) {
    *error = true;
    return Value();
  }
  return entry < 0 ? Value() : d->entries[entry].value;
}

Value dict_get_str(DictObject* d, StrObject* key) {
  int64_t slot, entry;
  lookup(nullptr, d, Value::from_object(key), str_hash(key), &slot, &entry);
  return entry < 0 ? Value() : d->entries[entry].value;
}

Value dict_get_utf8(DictObject* d, std::string_view key) {
  StrObject* s = str_from_utf8(key);
  Value v = dict_get_str(d, s);
  decref(s);
  return v;
}

bool dict_set(VM& vm, DictObject* d, Value key, Value value) {
  int64_t h;
  if (!key_hash(vm, key, &h)) return false;
  if (d->index_mask < 0) resize(d, 1);
  int64_t slot, entry;
  if (!lookup(&vm, d, key, h, &slot, &entry)) return false;
  if (entry >= 0) {
    incref(value);
    Value old = d->entries[entry].value;
    d->entries[entry].value = value;
    d->version = next_dict_version();
    note_removed(d, old);
    decref(old);
    return true;
  }
  insert_new(d, key, h, value, slot);
  return true;
}

void dict_set_str(DictObject* d, StrObject* key, Value value) {
  int64_t h = str_hash(key);
  if (d->index_mask < 0) resize(d, 1);
  int64_t slot, entry;
  lookup(nullptr, d, Value::from_object(key), h, &slot, &entry);
  if (entry >= 0) {
    incref(value);
    Value old = d->entries[entry].value;
    d->entries[entry].value = value;
    d->version = next_dict_version();
    note_removed(d, old);
    decref(old);
    return;
  }
  insert_new(d, Value::from_object(key), h, value, slot);
}

int dict_delete(VM& vm, DictObject* d, Value key) {
  int64_t h;
  if (!key_hash(vm, key, &h)) return -1;
  int64_t slot, entry;
  if (!lookup(&vm, d, key, h, &slot, &entry)) return -1;
  if (entry < 0) return 0;
  DictEntry& e = d->entries[entry];
  Value old_key = e.key, old_value = e.value;
  e.key = Value();
  e.value = Value();
  d->indices[slot] = kDeleted;
  --d->used;
  d->version = next_dict_version();
  note_removed(d, old_key);
  note_removed(d, old_value);
  decref(old_key);
  decref(old_value);
  return 1;
}

void dict_clear(DictObject* d) {
  DictEntry* entries = d->entries;
  int64_t n = d->entries_used;
  d->entries = nullptr;
  std::free(d->indices);
  d->indices = nullptr;
  d->index_mask = -1;
  d->used = d->entries_used = d->entries_capacity = 0;
  d->version = next_dict_version();
  for (int64_t i = 0; i < n; ++i) {
    note_removed(d, entries[i].key);
    note_removed(d, entries[i].value);
    decref(entries[i].key);
    decref(entries[i].value);
  }
  std::free(entries);
}

bool dict_next(const DictObject* d, int64_t* pos, Value* key, Value* value) {
  while (*pos < d->entries_used) {
    const DictEntry& e = d->entries[(*pos)++];
    if (!e.key.is_null()) {
      if (key) *key = e.key;
      if (value) *value = e.value;
      return true;
    }
  }
  return false;
}

DictObject* dict_copy(const DictObject* d) {
  DictObject* copy = dict_new();
  if (d->used > 0) resize(copy, d->used);
  int64_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    int64_t h = d->entries[pos - 1].hash;
    insert_new(copy, key, h, value, -1);
  }
  return copy;
}

bool dict_merge(VM& vm, DictObject* d, const DictObject* other) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(other, &pos, &key, &value)) {
    incref(key);
    incref(value);
    bool ok = dict_set(vm, d, key, value);
    decref(key);
    decref(value);
    if (!ok) return false;
  }
  return true;
}

void dict_release_storage(DictObject* d) { dict_clear(d); }

DictObject* dict_new_sized(int64_t n, TypeObject* type) {
  DictObject* d = alloc<DictObject>(type);
  if (n > 0) resize(d, n);
  gc::track(d);
  return d;
}

bool dict_key_hash(VM& vm, Value key, int64_t* out) { return key_hash(vm, key, out); }

Value dict_get_hashed(VM& vm, DictObject* d, Value key, int64_t hash, bool* error) {
  int64_t slot, entry;
  *error = false;
  if (!lookup(&vm, d, key, hash, &slot, &entry)) {
    *error = true;
    return Value();
  }
  return entry < 0 ? Value() : d->entries[entry].value;
}

bool dict_set_hashed(VM& vm, DictObject* d, Value key, int64_t h, Value value) {
  if (d->index_mask < 0) resize(d, 1);
  int64_t slot, entry;
  if (!lookup(&vm, d, key, h, &slot, &entry)) return false;
  if (entry >= 0) {
    incref(value);
    Value old = d->entries[entry].value;
    d->entries[entry].value = value;
    d->version = next_dict_version();
    note_removed(d, old);
    decref(old);
    return true;
  }
  insert_new(d, key, h, value, slot);
  return true;
}

int dict_pop(VM& vm, DictObject* d, Value key, Value* out) {
  int64_t h;
  if (!key_hash(vm, key, &h)) return -1;
  int64_t slot, entry;
  if (!lookup(&vm, d, key, h, &slot, &entry)) return -1;
  if (entry < 0) return 0;
  DictEntry& e = d->entries[entry];
  Value old_key = e.key;
  *out = e.value;
  note_removed(d, old_key);
  note_removed(d, e.value);
  e.key = Value();
  e.value = Value();
  d->indices[slot] = kDeleted;
  --d->used;
  d->version = next_dict_version();
  decref(old_key);
  return 1;
}

bool dict_pop_last(DictObject* d, Value* key, Value* value) {
  if (d->used == 0) return false;
  int64_t ix = d->entries_used - 1;
  while (d->entries[ix].key.is_null()) --ix;
  DictEntry& e = d->entries[ix];
  // Find the index slot that points at this entry.
  uint64_t perturb = static_cast<uint64_t>(e.hash);
  uint64_t i = perturb & d->index_mask;
  while (d->indices[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & d->index_mask;
  }
  d->indices[i] = kDeleted;
  *key = e.key;
  *value = e.value;
  note_removed(d, e.key);
  note_removed(d, e.value);
  e.key = Value();
  e.value = Value();
  d->entries_used = ix;  // the entries after it were deleted ones: reuse their room
  --d->used;
  d->version = next_dict_version();
  return true;
}

bool dict_prev(const DictObject* d, int64_t* pos, Value* key, Value* value) {
  if (*pos > d->entries_used) *pos = d->entries_used;
  while (*pos > 0) {
    const DictEntry& e = d->entries[--*pos];
    if (!e.key.is_null()) {
      if (key) *key = e.key;
      if (value) *value = e.value;
      return true;
    }
  }
  return false;
}

}  // namespace glasspy::objects
