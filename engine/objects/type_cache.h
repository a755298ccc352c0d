// A process-wide cache of type attribute lookups (object model), as CPython's method
// cache: (type, interned name) -> what type_lookup finds along the MRO, so that attribute
// access on instances does not walk the MRO's dicts every time.
#pragma once
#include <cstdint>

#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

// Changes whenever a cached lookup may have become stale: an attribute of any type set
// or deleted (type_setattro), a heap type freed (its address may be reused), a VM
// destroyed (its interned names die). A class's dict is only written by type_setattro
// once type_new has returned; static types are cached only once ready.
extern uint64_t type_cache_epoch;

// Invalidates every cached lookup (cheap: bumps the epoch).
inline void type_cache_invalidate() { ++type_cache_epoch; }

struct TypeCacheEntry {
  const TypeObject* type = nullptr;
  const StrObject* name = nullptr;
  uint64_t epoch = 0;
  Value value;                // borrowed from a dict of the MRO; null: absent
};

inline constexpr int kTypeCacheBits = 12;
extern TypeCacheEntry type_cache[1 << kTypeCacheBits];

// Tags for inline caches: an instruction remembers what it learnt about a type's
// attribute (say "no class attribute of this name") with the type's tag, which is valid
// while the epoch lasts, so the check is one comparison instead of a lookup. Tags are
// never reused; when they run out, types get 0, which no cache matches.
uint32_t assign_type_attr_tag(TypeObject* type);
inline uint32_t type_attr_tag(TypeObject* type) {
  return type->attr_tag_epoch == type_cache_epoch ? type->attr_tag : assign_type_attr_tag(type);
}
inline bool type_attr_tag_is(const TypeObject* type, uint32_t tag) {
  return type->attr_tag == tag && tag != 0 && type->attr_tag_epoch == type_cache_epoch;
}

// type_lookup's slow path, filling the cache.
Value type_lookup_fill(const TypeObject* type, StrObject* name);

// type_lookup(type, name) through the cache (borrowed; null if absent; never raises).
// Only interned names are cached: their address stands for their text.
inline Value cached_type_lookup(const TypeObject* type, StrObject* name) {
  uintptr_t key = (reinterpret_cast<uintptr_t>(type) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3);
  const TypeCacheEntry& e = type_cache[(key ^ (key >> kTypeCacheBits)) & ((1u << kTypeCacheBits) - 1)];
  if (e.type == type && e.name == name && e.epoch == type_cache_epoch) return e.value;
  return type_lookup_fill(type, name);
}

}  // namespace glasspy::objects
