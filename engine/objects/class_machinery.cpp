// The class-related parts of `type` and `object` that sit beside type_new (object model):
// type.__new__'s argument forms and metaclass choice, type.__init__, the `__new__` of
// static types (tp_new_wrapper), object.__init_subclass__, abstract classes, and readying
// property / classmethod / staticmethod / super / member_descriptor.
#include "objects/class_machinery.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/classmethod_descriptor.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_wrappers.h"
#include "objects/list_object.h"
#include "objects/member_descriptor.h"
#include "objects/ops.h"
#include "objects/property_object.h"
#include "objects/str_object.h"
#include "objects/super_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }
bool is_type(Value v) { return v.is_object() && has_flag(type_of(v), kTypeTypeSubclass); }

// T.__new__(S, *args, **kwargs): S must be a subtype of T whose nearest static creation
// slot is T's (CPython's tp_new_wrapper and its "is not safe" check).
Value new_wrapper(VM& vm, Value self, CallArgs args) {
  TypeObject* owner = as_type(self);
  std::string owner_name = owner->name;
  if (args.nargs < 1) return vm.raise(&exc_TypeError, owner_name + ".__new__(): not enough arguments");
  Value arg0 = args.args[0];
  if (!is_type(arg0))
    return vm.raise(&exc_TypeError, owner_name + ".__new__(X): X is not a type object (" + type_name(arg0) + ")");
  TypeObject* subtype = as_type(arg0);
  if (!is_subtype(subtype, owner))
    return vm.raise(&exc_TypeError, owner_name + ".__new__(" + subtype->name + "): " + subtype->name +
                                        " is not a subtype of " + owner_name);
  // The nearest base whose __new__ is not written in Python.
  TypeObject* static_base = subtype;
  StrObject* new_name = vm.intern("__new__");
  while (static_base != nullptr && has_flag(static_base, kTypeHeap)) {
    Value f = type_lookup(static_base, new_name);
    if (f.is_object() && type_of(f) == &builtin_function_type) break;
    static_base = static_base->base;
  }
  if (static_base != nullptr && static_base->new_instance != owner->new_instance)
    return vm.raise(&exc_TypeError, owner_name + ".__new__(" + subtype->name + ") is not safe, use " +
                                        static_base->name + ".__new__()");
  CallArgs rest{args.args + 1, args.nargs - 1, args.kwnames};
  if (owner == &type_type && rest.nargs != 3)
    return vm.raise(&exc_TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(rest.nargs) + " given)");
  return owner->new_instance(vm, subtype, rest);
}

const MethodDef kNewWrapperDef = {"__new__", new_wrapper, ArgShape::kKeywords, 0, -1,
                                  "Create and return a new object.  See help(type) for accurate signature."};

bool check_type_init_args(VM& vm, CallArgs args) {
  if (args.nargs == 1 && args.nkw() != 0) {
    vm.raise(&exc_TypeError, "type.__init__() takes no keyword arguments");
    return false;
  }
  if (args.nargs != 1 && args.nargs != 3) {
    vm.raise(&exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return false;
  }
  return true;
}

bool type_init_slot(VM& vm, Value, CallArgs args) { return check_type_init_args(vm, args); }

Value type_init_method(VM& vm, Value, CallArgs args) {
  if (!check_type_init_args(vm, args)) return Value();
  return none();
}

const MethodDef kTypeInitDef = {"__init__", type_init_method, ArgShape::kKeywords, 0, -1,
                                "Initialize self.  See help(type(self)) for accurate signature."};

// object.__init_subclass__: a class method that takes nothing.
Value object_init_subclass(VM& vm, Value cls, CallArgs args) {
  TypeObject* t = as_type(cls);
  std::string name = (is_str(t->qualname_object) ? std::string(str_utf8(as_str(t->qualname_object))) : t->name) +
                     ".__init_subclass__()";
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, name + " takes no keyword arguments");
  if (args.nargs != 0)
    return vm.raise(&exc_TypeError, name + " takes no arguments (" + std::to_string(args.nargs) + " given)");
  return none();
}

const MethodDef kObjectInitSubclassDef = {
    "__init_subclass__", object_init_subclass, ArgShape::kKeywords, 0, -1,
    "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\n"
    "overridden to extend subclasses.\n"};

}  // namespace

void add_new_wrapper(TypeObject* t) {
  if (t->new_instance == nullptr || t->dict == nullptr) return;
  if (t->base != nullptr && t->base->new_instance == t->new_instance) return;
  StrObject* key = intern_static("__new__");
  if (!dict_get_str(t->dict, key).is_null()) return;
  // Immortal, as the static type that holds it.
  NativeFunctionObject* f = native_function_new(&kNewWrapperDef, Value::from_object(t));
  gc::untrack(f);
  f->refcount = kImmortalRefcount;
  f->flags |= kImmortal;
  dict_set_str(t->dict, key, Value::from_object(f));
}

Value type_new_call(VM& vm, TypeObject* metatype, CallArgs args) {
  if (metatype == &type_type && args.nargs == 1 && args.nkw() == 0) {
    TypeObject* t = type_of(args.args[0]);
    incref(t);
    return Value::from_object(t);
  }
  if (args.nargs != 3) {
    if (metatype == &type_type) return vm.raise(&exc_TypeError, "type() takes 1 or 3 arguments");
    return vm.raise(&exc_TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(args.nargs) + " given)");
  }
  Value name = args.args[0], bases = args.args[1], ns = args.args[2];
  if (!is_str(name))
    return vm.raise(&exc_TypeError, std::string("type.__new__() argument 1 must be str, not ") + type_name(name));
  if (!is_tuple(bases))
    return vm.raise(&exc_TypeError, std::string("type.__new__() argument 2 must be tuple, not ") + type_name(bases));
  if (!is_dict(ns))
    return vm.raise(&exc_TypeError, std::string("type.__new__() argument 3 must be dict, not ") + type_name(ns));
  // The most derived metaclass of the bases wins (CPython's _PyType_CalculateMetaclass).
  TypeObject* winner = metatype;
  TupleObject* base_tuple = as_tuple(bases);
  for (int64_t i = 0; i < base_tuple->size; ++i) {
    TypeObject* bt = type_of(base_tuple->items()[i]);
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    return vm.raise(&exc_TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                    "metaclasses of all its bases");
  }
  if (winner != metatype && winner->new_instance != type_new_call) return winner->new_instance(vm, winner, args);
  CallArgs kwargs{args.args + args.nargs, 0, args.kwnames};
  return type_new_with_kwargs(vm, winner, name, base_tuple, as_dict(ns), kwargs);
}

Value raise_abstract_instantiation(VM& vm, TypeObject* type) {
  Value methods = dict_get_str(type->dict, vm.intern("__abstractmethods__"));
  std::string message = std::string("Can't instantiate abstract class ") + type->name;
  if (methods.is_null()) return vm.raise(&exc_TypeError, message);
  Value it = iter(vm, methods);
  if (it.is_null()) return Value();
  Ref list = Ref::steal(Value::from_object(list_new()));
  for (;;) {
    Value x = next(vm, it);
    if (x.is_null()) break;
    list_append_owned(as_list(list.get()), x);
  }
  decref(it);
  if (vm.has_error() || !list_sort(vm, as_list(list.get()), Value(), false)) return Value();
  ListObject* names = as_list(list.get());
  std::string joined;
  for (int64_t i = 0; i < names->size; ++i) {
    std::string text;
    if (!str_utf8(vm, names->items[i], &text)) return Value();
    joined += (i > 0 ? ", " : "") + text;
  }
  message += std::string(" with abstract method") + (names->size == 1 ? "" : "s") + " " + joined;
  return vm.raise(&exc_TypeError, message);
}

void init_class_machinery_types() {
  init_property_type();
  init_function_wrapper_types();
  init_super_type();
  init_member_descriptor_type();
  for (TypeObject* t : {&property_type, &classmethod_type, &staticmethod_type, &super_type, &member_descriptor_type})
    ready_static_type(t);
  // type's creation and initialisation in full (type_type.cpp has the simpler forms).
  type_type.new_instance = type_new_call;
  type_type.init = type_init_slot;
  auto* init = alloc<MethodDescriptorObject>(&method_descriptor_type);
  init->def = &kTypeInitDef;
  init->owner = &type_type;
  init->refcount = kImmortalRefcount;
  dict_set_str(type_type.dict, intern_static("__init__"), Value::from_object(init));
  add_static_classmethod(&object_type, &kObjectInitSubclassDef);
  add_object_pickle_methods();
}

}  // namespace glasspy::objects
