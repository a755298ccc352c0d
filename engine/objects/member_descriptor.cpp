// member_descriptor (object model): get/set/delete of a __slots__ name through the
// instance's prefix values, with CPython's messages and attributes.
#include "objects/member_descriptor.h"

#include <string>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject member_descriptor_type;

namespace {

MemberDescriptorObject* M(Value v) { return static_cast<MemberDescriptorObject*>(v.as_object()); }

std::string name_text(MemberDescriptorObject* m) { return std::string(str_utf8(m->name)); }

// The prefix value of `instance` that holds the slot, or null with TypeError raised when
// the instance is not of the slot's class.
Value* member_cell(VM& vm, MemberDescriptorObject* m, Value instance) {
  if (!instance.is_object() || !is_subtype(type_of(instance), m->owner)) {
    vm.raise(&exc_TypeError, "descriptor '" + name_text(m) + "' for '" + m->owner->name +
                                 "' objects doesn't apply to a '" + type_name(instance) + "' object");
    return nullptr;
  }
  return prefix_values(instance.as_object()) + m->index;
}

Value member_get(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null()) {
    incref(self);
    return self;
  }
  MemberDescriptorObject* m = M(self);
  Value* cell = member_cell(vm, m, instance);
  if (cell == nullptr) return Value();
  if (cell->is_null())
    return vm.raise(&exc_AttributeError, std::string("'") + type_name(instance) + "' object has no attribute '" +
                                             name_text(m) + "'");
  incref(*cell);
  return *cell;
}

bool member_set(VM& vm, Value self, Value instance, Value value) {
  MemberDescriptorObject* m = M(self);
  Value* cell = member_cell(vm, m, instance);
  if (cell == nullptr) return false;
  if (value.is_null() && cell->is_null()) {
    vm.raise(&exc_AttributeError, name_text(m));
    return false;
  }
  Value old = *cell;
  incref(value);
  *cell = value;
  decref(old);
  return true;
}

Value member_repr(VM&, Value self) {
  MemberDescriptorObject* m = M(self);
  return Value::from_object(str_from_utf8("<member '" + name_text(m) + "' of '" + m->owner->name + "' objects>"));
}

void member_dealloc(Object* self) {
  decref(static_cast<MemberDescriptorObject*>(self)->name);
  free_object(self);
}

Value member_name(VM&, Value self) {
  incref(M(self)->name);
  return Value::from_object(M(self)->name);
}

Value member_qualname(VM& vm, Value self) {
  MemberDescriptorObject* m = M(self);
  std::string owner = is_str(m->owner->qualname_object) ? std::string(str_utf8(as_str(m->owner->qualname_object)))
                                                        : std::string(m->owner->name);
  (void)vm;
  return Value::from_object(str_from_utf8(owner + "." + name_text(m)));
}

Value member_objclass(VM&, Value self) {
  incref(M(self)->owner);
  return Value::from_object(M(self)->owner);
}

Value member_doc(VM&, Value) { return none(); }

const GetSetDef kMemberGetSets[] = {
    {"__name__", member_name},
    {"__qualname__", member_qualname},
    {"__objclass__", member_objclass},
    {"__doc__", member_doc},
    {nullptr, nullptr},
};

}  // namespace

MemberDescriptorObject* member_descriptor_new(TypeObject* owner, StrObject* name, int index) {
  auto* m = alloc<MemberDescriptorObject>(&member_descriptor_type);
  m->owner = owner;
  incref(name);
  m->name = name;
  m->index = index;
  return m;
}

void init_member_descriptor_type() {
  TypeObject& t = member_descriptor_type;
  t.name = "member_descriptor";
  t.type_flags = kTypeImmutable;
  t.basic_size = sizeof(MemberDescriptorObject);
  t.dealloc = member_dealloc;
  t.descr_get = member_get;
  t.descr_set = member_set;
  t.repr = member_repr;
  t.getsets = kMemberGetSets;
}

}  // namespace glasspy::objects
