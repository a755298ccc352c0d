// The link between dunder methods and type slots (object model), as CPython's slotdefs:
// a static type's slots appear in its dict as wrapper descriptors (`object.__init__`,
// `int.__add__`), and a class that defines a dunder gets a slot that calls it.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

struct SlotDef;

// A static type's slot seen as an attribute: `list.__len__` (wrapper_descriptor).
struct SlotWrapperObject : Object {
  const SlotDef* slot = nullptr;
  TypeObject* owner = nullptr;
};
// The same bound to an instance: `[].__len__` (method-wrapper).
struct MethodWrapperObject : Object {
  const SlotDef* slot = nullptr;
  TypeObject* owner = nullptr;
  Value self;
};

extern TypeObject wrapper_descriptor_type;
extern TypeObject method_wrapper_type;

// The dunder name of a slot ("__add__").
const char* slot_name(const SlotDef* slot);
// The attributes of the two types (slot_wrapper_attrs.cpp).
extern const GetSetDef kSlotWrapperGetSets[];
extern const GetSetDef kMethodWrapperGetSets[];
Value method_wrapper_richcompare(VM& vm, Value a, Value b, CompareOp op);
bool method_wrapper_hash(VM& vm, Value self, int64_t* out);

// Adds wrapper descriptors for the slots `type` defines (and its base does not define the
// same way) to its dict. For ready_static_type.
void add_slot_wrappers(TypeObject* type);
// Sets every slot of a heap type from the dunders its MRO defines.
void fixup_heap_type_slots(TypeObject* type);
// True if `name` is a dunder that maps to a slot.
bool is_slot_dunder(StrObject* name);
// Calls a slot wrapper with explicit self (`object.__init__(self, ...)`).
Value call_slot_wrapper(VM& vm, const SlotDef* slot, TypeObject* owner, Value self, CallArgs args);

}  // namespace glasspy::objects
