// Allocation and freeing of heap objects (object model). One layout for all types:
//
//   [prefix values of a heap type (its __slots__, then __dict__)] [GcHeader if kTypeGc] [object]
//
// Base types never see the prefix, so a class that subclasses list or str adds its
// __dict__ and __slots__ without changing the list or str layout.
#pragma once
#include <cstddef>
#include <new>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

// Raw zeroed storage for an instance of `type` of `size` bytes (from the Object header
// on), with refcount 1 and type set; the type gets a reference if it is a heap type.
// Aborts on out-of-memory (a MemoryError cannot be raised without memory).
Object* alloc_object(TypeObject* type, size_t size);

// Constructs a T (derived from Object) in storage from alloc_object(type, size).
template <class T>
T* alloc(TypeObject* type, size_t size = sizeof(T)) {
  Object* raw = alloc_object(type, size);
  T* object = new (raw) T();
  object->refcount = 1;
  object->type = type;
  return object;
}

// Releases the storage of an object whose dealloc has already dropped its references
// (untracks it from the collector, drops the heap type's reference).
void free_object(Object* object);

// The GcHeader of an object whose type has kTypeGc.
inline GcHeader* gc_header(Object* object) { return reinterpret_cast<GcHeader*>(object) - 1; }
inline Object* object_of(GcHeader* header) { return reinterpret_cast<Object*>(header + 1); }

// The prefix values of a heap-type instance (index 0 is the one nearest the header).
Value* prefix_values(Object* object);
// The instance's __dict__ slot, or null if its type has none.
Value* dict_slot(Object* object);

}  // namespace glasspy::objects
