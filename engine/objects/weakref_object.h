// Weak references (object model): weakref.ref and the proxies. A referent does not own
// its weakrefs: its collector keeps a table from each referent (flag kHasWeakrefs) to the
// first of its weakrefs, a doubly linked list; when the referent dies (its dealloc, or
// the cycle collector) the weakrefs are cleared and their callbacks called.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

struct WeakrefObject : Object {
  Object* referent = nullptr;  // borrowed; null once the referent died
  Value callback;              // owned; null: none
  int64_t hash = -1;           // the referent's hash once asked (-1: not yet)
  WeakrefObject* prev = nullptr;  // the referent's list of weakrefs
  WeakrefObject* next = nullptr;
};

extern TypeObject weakref_type;              // weakref.ReferenceType (weakref.ref)
extern TypeObject weakproxy_type;            // weakref.ProxyType
extern TypeObject weakcallableproxy_type;    // weakref.CallableProxyType

// Readies the three types (idempotent; the _weakref module calls it).
void init_weakref_types();
void init_weakproxy_types();  // weakref_proxy.cpp
// "pkg.Name" static types: __name__ `name`, __module__ `module` (tp_name keeps both).
void set_dotted_type_name(TypeObject& t, const char* module, const char* name);

// True if instances of `type` can be weakly referenced (CPython's tp_weaklistoffset).
bool type_supports_weakrefs(VM& vm, TypeObject* type);
// weakref.ref(obj, callback) of `type` (weakref_type or a subclass); callback null or
// None: none. A plain ref without callback is shared. New reference or null.
[[nodiscard]] Value weakref_new(VM& vm, TypeObject* type, Value obj, Value callback);
// A new weakref of `type` to `obj` (already checked), never a shared one.
[[nodiscard]] Value weakref_new_of_type(VM& vm, TypeObject* type, Value obj, Value callback);
// weakref.proxy(obj, callback). New reference or null.
[[nodiscard]] Value weakproxy_new(VM& vm, Value obj, Value callback);
// The first weakref to `o` (borrowed), or null.
WeakrefObject* first_weakref(Object* o);
// Number of weakrefs (and proxies) to `o`.
int64_t weakref_count(Object* o);

// Clears every weakref to `o` (which is dying) and calls their callbacks; the pending
// exception is kept. For deallocs of objects with kHasWeakrefs.
void clear_weakrefs(Object* o);
inline void clear_weakrefs_if_any(Object* o) {
  if (o->flags & kHasWeakrefs) clear_weakrefs(o);
}

}  // namespace glasspy::objects

namespace glasspy::gc {
// For the collector: clears the weakrefs to every object of the list `garbage`, then
// calls the callbacks of those weakrefs that are not garbage themselves (`is_garbage`).
// Returns how many of those weakrefs were freed after their callback (CPython counts
// them as collected).
int64_t clear_weakrefs_to_garbage(vm::VM& vm, objects::GcHeader* garbage, bool (*is_garbage)(objects::Object*));
}  // namespace glasspy::gc
