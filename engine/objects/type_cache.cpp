// The type attribute lookup cache (object model): see type_cache.h.
#include "objects/type_cache.h"

namespace glasspy::objects {

// Starts at 1 so that zeroed entries never match.
uint64_t type_cache_epoch = 1;
TypeCacheEntry type_cache[1 << kTypeCacheBits];

uint32_t assign_type_attr_tag(TypeObject* type) {
  static uint32_t last_tag = 0;
  // Only types whose lookups the cache would keep: ready ones.
  if (!has_flag(type, kTypeReady) || type->dict == nullptr || last_tag == UINT32_MAX) return 0;
  type->attr_tag = ++last_tag;
  type->attr_tag_epoch = type_cache_epoch;
  return type->attr_tag;
}

Value type_lookup_fill(const TypeObject* type, StrObject* name) {
  Value v = type_lookup(type, name);
  // Static types are cached once ready (their dicts are complete then); a name that is
  // not interned may be freed and its address reused for other text.
  if (!name->interned || !has_flag(type, kTypeReady) || type->dict == nullptr) return v;
  uintptr_t key = (reinterpret_cast<uintptr_t>(type) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3);
  TypeCacheEntry& e = type_cache[(key ^ (key >> kTypeCacheBits)) & ((1u << kTypeCacheBits) - 1)];
  e.type = type;
  e.name = name;
  e.epoch = type_cache_epoch;
  e.value = v;
  return v;
}

}  // namespace glasspy::objects
