// The set and frozenset hash table (object model): CPython 3.11's algorithm (nine linear
// probes then perturbed jumps; grow when fill*5 >= mask*3 to used*4, or used*2 past
// 50000), merging, the frozenset hash, and the C++ API of set_object.h. The type slots:
// set_type.cpp; methods: set_methods.cpp.
#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/set_internal.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {


namespace {

constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;

Object dummy_object;  // only its address is used

// Keys equal for a set: identity, str text, or __eq__ (not for two distinct small ints).
// 1, 0, -1 on error. `restart` is set when the comparison changed the table.
inline int keys_equal(VM& vm, SetObject* so, SetEntry* entry, Value key, bool* restart) {
  Value startkey = entry->key;
  if (startkey.is(key)) return 1;
  if (startkey.is_small_int() && key.is_small_int()) return 0;
  if (is_exact_str(startkey) && is_exact_str(key)) return str_equal(as_str(startkey), as_str(key)) ? 1 : 0;
  SetEntry* table = so->table;
  incref(startkey);
  int cmp = eq(vm, startkey, key);
  decref(startkey);
  if (cmp < 0) return -1;
  if (table != so->table || !entry->key.is(startkey)) *restart = true;
  return cmp;
}

// The entry holding `key`, or the unused slot ending its probe sequence; null on error.
SetEntry* set_lookkey(VM& vm, SetObject* so, Value key, int64_t hash) {
restart:
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t mask = static_cast<uint64_t>(so->mask);
  uint64_t i = perturb & mask;
  for (;;) {
    SetEntry* entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->key.is_null()) return entry;
      if (entry->hash == hash) {
        bool changed = false;
        int cmp = keys_equal(vm, so, entry, key, &changed);
        if (cmp < 0) return nullptr;
        if (changed) goto restart;
        if (cmp > 0) return entry;
        mask = static_cast<uint64_t>(so->mask);
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Inserts a key known to be absent into a table without dummies.
void set_insert_clean(SetEntry* table, uint64_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = perturb & mask;
  SetEntry* entry;
  for (;;) {
    entry = &table[i];
    if (entry->key.is_null()) goto found;
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found:
  entry->key = key;
  entry->hash = hash;
}

}  // namespace

Value set_dummy() { return Value::from_object(&dummy_object); }

bool set_key_hash(VM& vm, Value key, int64_t* out) { return dict_key_hash(vm, key, out); }

SetObject* set_alloc(TypeObject* type) {
  SetObject* so = alloc<SetObject>(type);
  so->table = so->smalltable;
  gc::track(so);
  return so;
}

void set_table_resize(SetObject* so, int64_t minused) {
  uint64_t newsize = kSetMinSize;
  while (newsize <= static_cast<uint64_t>(minused)) newsize <<= 1;
  SetEntry* oldtable = so->table;
  int64_t oldmask = so->mask;
  bool old_malloced = oldtable != so->smalltable;
  SetEntry small_copy[kSetMinSize];
  SetEntry* newtable;
  if (newsize == kSetMinSize) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return;  // no dummies: nothing to do
      std::memcpy(static_cast<void*>(small_copy), oldtable, sizeof small_copy);
      oldtable = small_copy;
    }
  } else {
    newtable = static_cast<SetEntry*>(std::malloc(newsize * sizeof(SetEntry)));
    if (newtable == nullptr) std::abort();
  }
  std::memset(static_cast<void*>(newtable), 0, newsize * sizeof(SetEntry));
  so->mask = static_cast<int64_t>(newsize - 1);
  so->table = newtable;
  uint64_t newmask = newsize - 1;
  so->fill = so->used;
  for (int64_t i = 0; i <= oldmask; ++i) {
    const SetEntry& e = oldtable[i];
    if (is_active(e)) set_insert_clean(newtable, newmask, e.key, e.hash);
  }
  if (old_malloced) std::free(oldtable);
}

int set_add_entry(VM& vm, SetObject* so, Value key, int64_t hash) {
  incref(key);  // held across comparisons that may run Python code
restart:
  uint64_t mask = static_cast<uint64_t>(so->mask);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  SetEntry* freeslot = nullptr;
  SetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->key.is_null()) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        bool changed = false;
        int cmp = keys_equal(vm, so, entry, key, &changed);
        if (cmp > 0) {
          decref(key);
          return 0;
        }
        if (cmp < 0) {
          decref(key);
          return -1;
        }
        if (changed) goto restart;
        mask = static_cast<uint64_t>(so->mask);
      } else if (entry->hash == -1) {
        freeslot = entry;
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot != nullptr) {
    ++so->used;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
  }
  ++so->fill;
  ++so->used;
  entry->key = key;
  entry->hash = hash;
  if (static_cast<uint64_t>(so->fill) * 5 < mask * 3) return 0;
  set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
  return 0;
}

int set_contains_entry(VM& vm, SetObject* so, Value key, int64_t hash) {
  SetEntry* entry = set_lookkey(vm, so, key, hash);
  if (entry == nullptr) return -1;
  return entry->key.is_null() ? 0 : 1;
}

int set_discard_entry(VM& vm, SetObject* so, Value key, int64_t hash) {
  SetEntry* entry = set_lookkey(vm, so, key, hash);
  if (entry == nullptr) return -1;
  if (entry->key.is_null()) return 0;
  Value old = entry->key;
  entry->key = set_dummy();
  entry->hash = -1;
  --so->used;
  decref(old);
  return 1;
}

int set_add_key(VM& vm, SetObject* so, Value key) {
  int64_t h;
  if (!set_key_hash(vm, key, &h)) return -1;
  return set_add_entry(vm, so, key, h);
}

namespace {

// A set used as a key is looked up as the frozenset with the same items (CPython's rule
// for `{1} in s`, s.remove({1}), s.discard({1})).
bool set_key_fallback(VM& vm, Value key, int64_t* hash) {
  if (!is_set(key) || !vm.error_matches(&exc_TypeError)) return false;
  vm.clear_error();
  *hash = frozenset_hash_impl(as_set_object(key));
  return true;
}

}  // namespace

int set_contains_key(VM& vm, SetObject* so, Value key) {
  int64_t h;
  if (!set_key_hash(vm, key, &h) && !set_key_fallback(vm, key, &h)) return -1;
  return set_contains_entry(vm, so, key, h);
}

int set_discard_key(VM& vm, SetObject* so, Value key) {
  int64_t h;
  if (!set_key_hash(vm, key, &h) && !set_key_fallback(vm, key, &h)) return -1;
  return set_discard_entry(vm, so, key, h);
}

bool set_next(SetObject* so, int64_t* pos, SetEntry** entry_out) {
  int64_t i = *pos;
  int64_t mask = so->mask;
  SetEntry* table = so->table;
  while (i <= mask && !is_active(table[i])) ++i;
  *pos = i + 1;
  if (i > mask) return false;
  *entry_out = &table[i];
  return true;
}

void set_clear_internal(SetObject* so) {
  SetEntry* table = so->table;
  int64_t used = so->used;
  bool malloced = table != so->smalltable;
  SetEntry small_copy[kSetMinSize];
  if (!malloced) {
    if (so->fill == 0) return;
    std::memcpy(static_cast<void*>(small_copy), table, sizeof small_copy);
    table = small_copy;
  }
  // Empty the set before dropping references: a __del__ may look at it.
  std::memset(static_cast<void*>(so->smalltable), 0, sizeof so->smalltable);
  so->fill = 0;
  so->used = 0;
  so->mask = kSetMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
  for (SetEntry* e = table; used > 0; ++e) {
    if (is_active(*e)) {
      --used;
      decref(e->key);
    }
  }
  if (malloced) std::free(table);
}

bool set_merge(VM& vm, SetObject* so, SetObject* other) {
  if (other == so || other->used == 0) return true;
  if ((so->fill + other->used) * 5 >= so->mask * 3) set_table_resize(so, (so->used + other->used) * 2);
  // An empty table of the same size as a table without dummies: copy slot for slot.
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      Value key = other->table[i].key;
      if (key.is_null()) continue;
      incref(key);
      so->table[i].key = key;
      so->table[i].hash = other->table[i].hash;
    }
    so->fill = other->fill;
    so->used = other->used;
    return true;
  }
  if (so->fill == 0) {
    uint64_t mask = static_cast<uint64_t>(so->mask);
    so->fill = other->used;
    so->used = other->used;
    for (int64_t i = 0; i <= other->mask; ++i) {
      const SetEntry& e = other->table[i];
      if (!is_active(e)) continue;
      incref(e.key);
      set_insert_clean(so->table, mask, e.key, e.hash);
    }
    return true;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {
    SetEntry e = other->table[i];
    if (!is_active(e)) continue;
    if (set_add_entry(vm, so, e.key, e.hash) < 0) return false;
  }
  return true;
}

bool set_update_internal(VM& vm, SetObject* so, Value other) {
  if (is_any_set(other)) return set_merge(vm, so, as_set_object(other));
  if (is_exact_dict(other)) {
    DictObject* d = as_dict(other);
    if ((so->fill + d->used) * 5 >= so->mask * 3) set_table_resize(so, (so->used + d->used) * 2);
    int64_t pos = 0;
    Value key;
    while (dict_next(d, &pos, &key, nullptr))
      if (set_add_entry(vm, so, key, dict_hash_before(d, pos)) < 0) return false;
    return true;
  }
  if (is_exact_list(other) || is_exact_tuple(other)) {
    // The items stay alive: the caller holds the container, and adding only runs __eq__/
    // __hash__, which may mutate a list, so re-read its size each time.
    Ref keep = Ref::borrow(other);
    for (int64_t i = 0;; ++i) {
      Value item;
      if (is_exact_list(other)) {
        if (i >= as_list(other)->size) break;
        item = as_list(other)->items[i];
      } else {
        if (i >= as_tuple(other)->size) break;
        item = as_tuple(other)->items()[i];
      }
      Ref hold = Ref::borrow(item);
      if (set_add_key(vm, so, item) < 0) return false;
    }
    return true;
  }
  Ref it = Ref::steal(iter(vm, other));
  if (!it) return false;
  for (;;) {
    Ref key = Ref::steal(next(vm, it.get()));
    if (!key) return !vm.has_error();
    if (set_add_key(vm, so, key.get()) < 0) return false;
  }
}

void set_swap_bodies(SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry* ta = a->table == a->smalltable ? nullptr : a->table;
  SetEntry* tb = b->table == b->smalltable ? nullptr : b->table;
  SetEntry tmp[kSetMinSize];
  std::memcpy(static_cast<void*>(tmp), a->smalltable, sizeof tmp);
  std::memcpy(static_cast<void*>(a->smalltable), b->smalltable, sizeof tmp);
  std::memcpy(static_cast<void*>(b->smalltable), tmp, sizeof tmp);
  a->table = tb != nullptr ? tb : a->smalltable;
  b->table = ta != nullptr ? ta : b->smalltable;
  if (is_frozenset(Value::from_object(a)) && is_frozenset(Value::from_object(b))) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

namespace {

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

}  // namespace

int64_t frozenset_hash_impl(const SetObject* so) {
  uint64_t hash = 0;
  for (int64_t i = 0; i <= so->mask; ++i) hash ^= shuffle_bits(static_cast<uint64_t>(so->table[i].hash));
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(-1));
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
  return static_cast<int64_t>(hash);
}

Value set_new_of_type(VM& vm, TypeObject* type, Value iterable) {
  SetObject* so = set_alloc(type);
  Ref ref = Ref::steal(Value::from_object(so));
  if (!iterable.is_null() && !set_update_internal(vm, so, iterable)) return Value();
  return ref.release();
}

Value set_new_basetype(VM& vm, TypeObject* type, Value iterable) {
  if (type != &set_type && type != &frozenset_type)
    type = is_subtype(type, &set_type) ? &set_type : &frozenset_type;
  return set_new_of_type(vm, type, iterable);
}

// ---- the public API (set_object.h) ----

Value make_set(VM& vm, const Value* items, int64_t n) {
  SetObject* so = set_alloc(&set_type);
  Ref ref = Ref::steal(Value::from_object(so));
  for (int64_t i = 0; i < n; ++i)
    if (set_add_key(vm, so, items[i]) < 0) return Value();
  return ref.release();
}

Value make_frozenset(VM& vm, const Value* items, int64_t n) {
  SetObject* so = set_alloc(&frozenset_type);
  Ref ref = Ref::steal(Value::from_object(so));
  for (int64_t i = 0; i < n; ++i)
    if (set_add_key(vm, so, items[i]) < 0) return Value();
  return ref.release();
}

bool set_add(VM& vm, Value set, Value item) { return set_add_key(vm, as_set_object(set), item) == 0; }

bool set_update(VM& vm, Value set, Value iterable) { return set_update_internal(vm, as_set_object(set), iterable); }

Value make_set_from_iterable(VM& vm, Value iterable) { return set_new_of_type(vm, &set_type, iterable); }

int set_contains(VM& vm, Value set, Value item) { return set_contains_key(vm, as_set_object(set), item); }

int64_t set_size(Value set) { return as_set_object(set)->used; }

}  // namespace glasspy::objects
