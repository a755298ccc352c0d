// Allocation and freeing of heap objects (object model): see alloc.h for the layout.
#include "objects/alloc.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gc/collector.h"
#include "objects/small_alloc.h"
#include "objects/weakref_object.h"

namespace glasspy::objects {

namespace {

size_t prefix_bytes(const TypeObject* type) {
  size_t bytes = type->prefix_values * sizeof(Value);
  if (has_flag(type, kTypeGc)) bytes += sizeof(GcHeader);
  return bytes;
}

}  // namespace

Object* alloc_object(TypeObject* type, size_t size) {
  size_t prefix = prefix_bytes(type);
  char* raw = static_cast<char*>(small_calloc(prefix + size));
  Object* object = reinterpret_cast<Object*>(raw + prefix);
  object->refcount = 1;
  object->type = type;
  if (has_flag(type, kTypeHeap)) incref(type);
  return object;
}

void free_object(Object* object) {
  TypeObject* type = object->type;
  if (object->flags & kGcTracked) gc::untrack(object);
  // Types without their own weakref handling (functions, sets, modules...): the weakrefs
  // die with the storage.
  if (object->flags & kHasWeakrefs) clear_weakrefs(object);
  char* raw = reinterpret_cast<char*>(object) - prefix_bytes(type);
  small_free(raw);
  if (has_flag(type, kTypeHeap)) decref(type);
}

Value* prefix_values(Object* object) {
  char* end = reinterpret_cast<char*>(object);
  if (has_flag(object->type, kTypeGc)) end -= sizeof(GcHeader);
  return reinterpret_cast<Value*>(end) - object->type->prefix_values;
}

Value* dict_slot(Object* object) {
  TypeObject* type = object->type;
  if (type->dict_slot < 0) return nullptr;
  return prefix_values(object) + type->dict_slot;
}

void destroy(Object* object) { object->type->dealloc(object); }

}  // namespace glasspy::objects
