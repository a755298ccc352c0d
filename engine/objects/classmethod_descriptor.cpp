// classmethod_descriptor (object model): built-in class methods such as dict.fromkeys,
// bound on lookup to the class they are found through (see classmethod_descriptor.h).
#include "objects/classmethod_descriptor.h"

#include <string>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject classmethod_descriptor_type;

namespace {

ClassMethodDescriptorObject* D(Value v) { return static_cast<ClassMethodDescriptorObject*>(v.as_object()); }

Value cm_get(VM& vm, Value self, Value instance, Value owner) {
  ClassMethodDescriptorObject* d = D(self);
  Value cls = owner;
  if (cls.is_null() || is_none(cls)) cls = Value::from_object(type_of(instance));
  if (!has_flag(type_of(cls), kTypeTypeSubclass) || !is_subtype(static_cast<TypeObject*>(cls.as_object()), d->owner))
    return vm.raise(&exc_TypeError, std::string("descriptor '") + d->def->name + "' for type '" + d->owner->name +
                                        "' needs a subtype of '" + d->owner->name + "' as arg 2");
  return Value::from_object(native_function_new(d->def, cls));
}

// Calling the unbound descriptor: dict.__dict__['fromkeys'](dict, ...).
Value cm_call(VM& vm, Value self, CallArgs args) {
  ClassMethodDescriptorObject* d = D(self);
  if (args.nargs < 1)
    return vm.raise(&exc_TypeError, std::string("descriptor '") + d->def->name + "' of '" + d->owner->name +
                                        "' object needs an argument");
  Value cls = args.args[0];
  if (!has_flag(type_of(cls), kTypeTypeSubclass))
    return vm.raise(&exc_TypeError, std::string("descriptor '") + d->def->name + "' for type '" + d->owner->name +
                                        "' needs a type, not a '" + type_name(cls) + "' as arg 2");
  if (!is_subtype(static_cast<TypeObject*>(cls.as_object()), d->owner))
    return vm.raise(&exc_TypeError, std::string("descriptor '") + d->def->name + "' requires a subtype of '" +
                                        d->owner->name + "' but received '" +
                                        static_cast<TypeObject*>(cls.as_object())->name + "'");
  return d->def->fn(vm, cls, CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

Value cm_repr(VM&, Value self) {
  ClassMethodDescriptorObject* d = D(self);
  return Value::from_object(
      str_from_utf8(std::string("<method '") + d->def->name + "' of '" + d->owner->name + "' objects>"));
}

void cm_dealloc(Object* self) { free_object(self); }

Value cm_name(VM&, Value self) { return Value::from_object(intern_static(D(self)->def->name)); }

Value cm_doc(VM&, Value self) {
  const char* doc = D(self)->def->doc;
  if (doc == nullptr) return none();
  return Value::from_object(str_from_utf8(doc));
}

const GetSetDef kGetSets[] = {
    {"__name__", cm_name},
    {"__qualname__", cm_name},
    {"__doc__", cm_doc},
    {nullptr, nullptr},
};

}  // namespace

void add_static_classmethod(TypeObject* type, const MethodDef* def) {
  auto* d = alloc<ClassMethodDescriptorObject>(&classmethod_descriptor_type);
  d->def = def;
  d->owner = type;
  d->refcount = kImmortalRefcount;
  d->flags |= kImmortal;
  dict_set_str(type->dict, intern_static(def->name), Value::from_object(d));
}

void init_classmethod_descriptor_type() {
  TypeObject& t = classmethod_descriptor_type;
  t.name = "classmethod_descriptor";
  t.type_flags = kTypeImmutable;
  t.basic_size = sizeof(ClassMethodDescriptorObject);
  t.dealloc = cm_dealloc;
  t.descr_get = cm_get;
  t.call = cm_call;
  t.repr = cm_repr;
  t.getsets = kGetSets;
}

}  // namespace glasspy::objects
