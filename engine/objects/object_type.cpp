// `object`, the root of every class, and the singletons None, NotImplemented and Ellipsis
// (object model): default creation, attribute access, repr, hashing and comparison.
#include <cstdio>
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/class_machinery.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject object_type;
TypeObject none_type;
TypeObject not_implemented_type;
TypeObject ellipsis_type;
Object none_object;
Object not_implemented_object;
Object ellipsis_object;

std::string address_text(Value v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(v.identity_bits()));
  return buffer;
}

namespace {

bool excess_args(CallArgs args) { return args.nargs > 0 || args.nkw() > 0; }

Value object_new(VM& vm, TypeObject* type, CallArgs args) {
  if (excess_args(args)) {
    if (type->new_instance != object_new)
      return vm.raise(&exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == object_type.init)
      return vm.raise(&exc_TypeError, std::string(type->name) + "() takes no arguments");
  }
  if (has_flag(type, kTypeAbstract)) {
    return raise_abstract_instantiation(vm, type);  // class_machinery.cpp
  }
  Object* o = alloc_object(type, type->basic_size);
  if (has_flag(type, kTypeGc)) gc::track(o);
  return Value::from_object(o);
}

bool object_init(VM& vm, Value self, CallArgs args) {
  TypeObject* type = type_of(self);
  if (excess_args(args)) {
    if (type->init != object_init) {
      vm.raise(&exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
      return false;
    }
    if (type->new_instance == object_new) {
      vm.raise(&exc_TypeError,
               std::string(type->name) + ".__init__() takes exactly one argument (the instance to initialize)");
      return false;
    }
  }
  return true;
}

void object_dealloc(Object* self) { free_object(self); }

Value object_repr(VM& vm, Value self) {
  TypeObject* type = type_of(self);
  std::string module = "builtins";
  if (!type->module_name.is_null() && is_str(type->module_name)) module = std::string(str_utf8(as_str(type->module_name)));
  std::string qualname = is_str(type->qualname_object) ? std::string(str_utf8(as_str(type->qualname_object))) : type->name;
  std::string text = "<";
  if (module != "builtins") text += module + ".";
  text += qualname + " object at " + address_text(self) + ">";
  (void)vm;
  return Value::from_object(str_from_utf8(text));
}

Value object_str(VM& vm, Value self) {
  TypeObject* type = type_of(self);
  return type->repr(vm, self);
}

bool object_hash(VM&, Value self, int64_t* out) {
  // CPython's _Py_HashPointer: the address rotated by 4 bits.
  uint64_t y = self.identity_bits();
  y = (y >> 4) | (y << 60);
  int64_t h = static_cast<int64_t>(y);
  *out = h == -1 ? -2 : h;
  return true;
}

Value object_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  switch (op) {
    case CompareOp::kEq:
      return a.is(b) ? true_value() : not_implemented();
    case CompareOp::kNe: {
      // __ne__ inverts __eq__ unless __eq__ is not implemented.
      TypeObject* t = type_of(a);
      if (t->richcompare == nullptr) return not_implemented();
      Value r = t->richcompare(vm, a, b, CompareOp::kEq);
      if (r.is_null() || is_not_implemented(r)) return r;
      int truth = truthy(vm, r);
      decref(r);
      if (truth < 0) return Value();
      return boolean(!truth);
    }
    default:
      return not_implemented();
  }
}

Value singleton_repr_none(VM&, Value) { return Value::from_object(intern_static("None")); }
Value singleton_repr_not_implemented(VM&, Value) { return Value::from_object(intern_static("NotImplemented")); }
Value singleton_repr_ellipsis(VM&, Value) { return Value::from_object(intern_static("Ellipsis")); }
int none_truthy(VM&, Value) { return 0; }

Value none_new(VM& vm, TypeObject*, CallArgs args) {
  if (excess_args(args)) return vm.raise(&exc_TypeError, "NoneType takes no arguments");
  return none();
}

Value ellipsis_new(VM& vm, TypeObject*, CallArgs args) {
  if (excess_args(args)) return vm.raise(&exc_TypeError, "EllipsisType takes no arguments");
  return ellipsis();
}

Value not_implemented_new(VM& vm, TypeObject*, CallArgs args) {
  if (excess_args(args)) return vm.raise(&exc_TypeError, "NotImplementedType takes no arguments");
  return not_implemented();
}

Value object_class_getter(VM&, Value self) {
  TypeObject* t = type_of(self);
  incref(t);
  return Value::from_object(t);
}

// obj.__class__ = C: only between mutable (heap) classes whose instances have the same
// layout (CPython's object_set_class; module subclasses are not separate here).
bool object_class_setter(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "can't delete __class__ attribute");
    return false;
  }
  if (!has_flag(type_of(value), kTypeTypeSubclass)) {
    vm.raise(&exc_TypeError,
             std::string("__class__ must be set to a class, not '") + type_name(value) + "' object");
    return false;
  }
  TypeObject* new_type = static_cast<TypeObject*>(value.as_object());
  TypeObject* old_type = type_of(self);
  if (!self.is_object() || !has_flag(new_type, kTypeHeap) || !has_flag(old_type, kTypeHeap)) {
    vm.raise(&exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  bool same_layout = new_type->static_base == old_type->static_base && new_type->basic_size == old_type->basic_size &&
                     new_type->prefix_values == old_type->prefix_values &&
                     new_type->dict_slot == old_type->dict_slot &&
                     has_flag(new_type, kTypeGc) == has_flag(old_type, kTypeGc);
  if (!same_layout) {
    vm.raise(&exc_TypeError, std::string("__class__ assignment: '") + new_type->name + "' object layout differs from '" +
                                 old_type->name + "'");
    return false;
  }
  incref(new_type);
  self.as_object()->type = new_type;
  decref(old_type);
  return true;
}

Value object_dunder_format(VM& vm, Value self, CallArgs args) {
  Value spec = args.args[0];
  if (!is_str(spec))
    return vm.raise(&exc_TypeError, std::string("__format__() argument must be str, not ") + type_name(spec));
  if (as_str(spec)->length > 0)
    return vm.raise(&exc_TypeError, std::string("unsupported format string passed to ") + type_name(self) + ".__format__");
  return str(vm, self);
}

Value object_dunder_dir(VM& vm, Value self, CallArgs) { return object_dir(vm, self); }

Value object_sizeof(VM&, Value self, CallArgs) {
  return make_int(static_cast<int64_t>(type_of(self)->basic_size));
}

const MethodDef kObjectMethods[] = {
    {"__format__", object_dunder_format, ArgShape::kOneArg, 1, 1, "Default object formatter."},
    {"__dir__", object_dunder_dir, ArgShape::kNoArgs, 0, 0, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, ArgShape::kNoArgs, 0, 0, "Size of object in memory, in bytes."},
    {nullptr, nullptr},
};

const GetSetDef kObjectGetSets[] = {
    {"__class__", object_class_getter, object_class_setter, "the object's class"},
    {nullptr, nullptr},
};

void init_singleton(Object& object, TypeObject& type) {
  object.refcount = kImmortalRefcount;
  object.flags = kImmortal;
  object.type = &type;
}

}  // namespace

void init_object_type() {
  TypeObject& t = object_type;
  t.name = "object";
  t.type_flags = kTypeBaseType;
  t.basic_size = sizeof(Object);
  t.dealloc = object_dealloc;
  t.new_instance = object_new;
  t.init = object_init;
  t.repr = object_repr;
  t.str = object_str;
  t.hash = object_hash;
  t.richcompare = object_richcompare;
  t.getattro = generic_getattr;
  t.setattro = generic_setattr;
  t.methods = kObjectMethods;
  t.getsets = kObjectGetSets;
  t.doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";

  none_type.name = "NoneType";
  none_type.type_flags = kTypeImmutable;
  none_type.repr = singleton_repr_none;
  none_type.truthy = none_truthy;
  none_type.new_instance = none_new;
  not_implemented_type.name = "NotImplementedType";
  not_implemented_type.type_flags = kTypeImmutable;
  not_implemented_type.repr = singleton_repr_not_implemented;
  not_implemented_type.new_instance = not_implemented_new;
  ellipsis_type.name = "ellipsis";
  ellipsis_type.type_flags = kTypeImmutable;
  ellipsis_type.repr = singleton_repr_ellipsis;
  ellipsis_type.new_instance = ellipsis_new;
  init_singleton(none_object, none_type);
  init_singleton(not_implemented_object, not_implemented_type);
  init_singleton(ellipsis_object, ellipsis_type);
}

}  // namespace glasspy::objects
