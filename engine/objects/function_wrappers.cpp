// classmethod and staticmethod (object model): binding to the class or not binding, the
// attributes copied from the wrapped callable (3.10+), and their instance __dict__.
#include "objects/function_wrappers.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject classmethod_type;
TypeObject staticmethod_type;

namespace {

FunctionWrapperObject* W(Value v) { return static_cast<FunctionWrapperObject*>(v.as_object()); }

Value wrapper_new(VM& vm, TypeObject* type, CallArgs) {
  Object* o = alloc_object(type, type->basic_size);
  new (o) FunctionWrapperObject();
  o->refcount = 1;
  o->type = type;
  gc::track(o);
  (void)vm;
  return Value::from_object(o);
}

// functools.wraps in C (CPython's functools_wraps): the wrapper shows the callable's
// name, doc and annotations.
bool copy_wrapped_attributes(VM& vm, Value wrapper, Value callable) {
  for (const char* attr : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
    StrObject* name = vm.intern(attr);
    Value v = get_attribute_optional(vm, callable, name);
    if (v.is_null()) {
      if (vm.has_error()) return false;
      continue;
    }
    bool ok = setattr(vm, wrapper, name, v);
    decref(v);
    if (!ok) return false;
  }
  return true;
}

bool wrapper_init(VM& vm, Value self, CallArgs args) {
  const char* name = type_of(self) == &staticmethod_type || is_subtype(type_of(self), &staticmethod_type)
                         ? "staticmethod"
                         : "classmethod";
  if (args.nkw() != 0) {
    vm.raise(&exc_TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (args.nargs != 1) {
    vm.raise(&exc_TypeError, std::string(name) + " expected 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  FunctionWrapperObject* w = W(self);
  Value old = w->callable;
  incref(args.args[0]);
  w->callable = args.args[0];
  decref(old);
  return copy_wrapped_attributes(vm, self, args.args[0]);
}

void wrapper_clear(Object* self) {
  auto* w = static_cast<FunctionWrapperObject*>(self);
  Value callable = w->callable;
  w->callable = Value();
  decref(callable);
  if (w->dict != nullptr) {
    DictObject* d = w->dict;
    w->dict = nullptr;
    decref(d);
  }
}

void wrapper_dealloc(Object* self) {
  wrapper_clear(self);
  free_object(self);
}

void wrapper_traverse(Object* self, VisitFn visit, void* context) {
  auto* w = static_cast<FunctionWrapperObject*>(self);
  visit(w->callable, context);
  if (w->dict != nullptr) visit(Value::from_object(w->dict), context);
}

Value uninitialized(VM& vm, Value self) {
  return vm.raise(&exc_RuntimeError, std::string("uninitialized ") + type_name(self) + " object");
}

Value classmethod_get(VM& vm, Value self, Value instance, Value owner) {
  Value callable = W(self)->callable;
  if (callable.is_null()) return uninitialized(vm, self);
  Value cls = owner.is_null() || is_none(owner) ? Value::from_object(type_of(instance)) : owner;
  // 3.9-3.12 chain descriptors: classmethod(property(...)) binds the property to the class.
  TypeObject* ct = type_of(callable);
  if (ct->descr_get != nullptr) return ct->descr_get(vm, callable, cls, cls);
  return Value::from_object(method_new(callable, cls));
}

Value staticmethod_get(VM& vm, Value self, Value, Value) {
  Value callable = W(self)->callable;
  if (callable.is_null()) return uninitialized(vm, self);
  incref(callable);
  return callable;
}

Value staticmethod_call(VM& vm, Value self, CallArgs args) {
  Value callable = W(self)->callable;
  if (callable.is_null()) return uninitialized(vm, self);
  return call(vm, callable, args);
}

Value wrapper_repr(VM& vm, Value self) {
  Value callable = W(self)->callable;
  std::string text;
  if (callable.is_null()) {
    text = "NULL";
  } else if (!repr_utf8(vm, callable, &text)) {
    return Value();
  }
  return Value::from_object(str_from_utf8(std::string("<") + type_name(self) + "(" + text + ")>"));
}

// Attribute lookup with the instance __dict__ between data and non-data descriptors.
Value wrapper_getattro(VM& vm, Value self, StrObject* name) {
  TypeObject* t = type_of(self);
  if (has_flag(t, kTypeHeap) && t->dict_slot >= 0) return generic_getattr(vm, self, name);
  Value descr = type_lookup(t, name);
  TypeObject* dt = descr.is_null() ? nullptr : type_of(descr);
  if (dt != nullptr && dt->descr_get != nullptr && dt->descr_set != nullptr)
    return dt->descr_get(vm, descr, self, Value::from_object(t));
  DictObject* d = W(self)->dict;
  if (d != nullptr) {
    Value v = dict_get_str(d, name);
    if (!v.is_null()) {
      incref(v);
      return v;
    }
  }
  if (dt != nullptr && dt->descr_get != nullptr) return dt->descr_get(vm, descr, self, Value::from_object(t));
  if (!descr.is_null()) {
    incref(descr);
    return descr;
  }
  return vm.raise_attribute_error(self, name, std::string("'") + t->name + "' object has no attribute '" +
                                                  std::string(str_utf8(name)) + "'");
}

bool wrapper_setattro(VM& vm, Value self, StrObject* name, Value value) {
  TypeObject* t = type_of(self);
  if (has_flag(t, kTypeHeap) && t->dict_slot >= 0) return generic_setattr(vm, self, name, value);
  Value descr = type_lookup(t, name);
  if (!descr.is_null() && type_of(descr)->descr_set != nullptr) return type_of(descr)->descr_set(vm, descr, self, value);
  FunctionWrapperObject* w = W(self);
  if (value.is_null()) {
    int r = w->dict == nullptr ? 0 : dict_delete(vm, w->dict, Value::from_object(name));
    if (r == 0)
      vm.raise_attribute_error(self, name, std::string("'") + t->name + "' object has no attribute '" +
                                               std::string(str_utf8(name)) + "'");
    return r > 0;
  }
  if (w->dict == nullptr) w->dict = dict_new();
  return dict_set(vm, w->dict, Value::from_object(name), value);
}

Value get_func(VM& vm, Value self) {
  Value callable = W(self)->callable;
  if (callable.is_null()) return uninitialized(vm, self);
  incref(callable);
  return callable;
}

Value get_isabstractmethod(VM& vm, Value self) {
  Value callable = W(self)->callable;
  if (callable.is_null()) return false_value();
  Value v = get_attribute_optional(vm, callable, vm.intern("__isabstractmethod__"));
  if (v.is_null()) return vm.has_error() ? Value() : false_value();
  int truth = truthy(vm, v);
  decref(v);
  if (truth < 0) return Value();
  return boolean(truth);
}

Value get_dict(VM&, Value self) {
  FunctionWrapperObject* w = W(self);
  if (w->dict == nullptr) w->dict = dict_new();
  incref(w->dict);
  return Value::from_object(w->dict);
}

bool set_dict(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    vm.raise(&exc_TypeError, "cannot delete __dict__");
    return false;
  }
  if (!is_dict(value)) {
    vm.raise(&exc_TypeError, std::string("__dict__ must be set to a dictionary, not a '") + type_name(value) + "'");
    return false;
  }
  FunctionWrapperObject* w = W(self);
  DictObject* old = w->dict;
  incref(value);
  w->dict = as_dict(value);
  if (old != nullptr) decref(old);
  return true;
}

const GetSetDef kWrapperGetSets[] = {
    {"__func__", get_func},
    {"__wrapped__", get_func},
    {"__isabstractmethod__", get_isabstractmethod},
    {"__dict__", get_dict, set_dict},
    {nullptr, nullptr},
};

void fill_wrapper_type(TypeObject& t, const char* name, const char* doc) {
  t.name = name;
  t.type_flags = kTypeBaseType | kTypeGc;
  t.basic_size = sizeof(FunctionWrapperObject);
  t.dealloc = wrapper_dealloc;
  t.traverse = wrapper_traverse;
  t.clear = wrapper_clear;
  t.new_instance = wrapper_new;
  t.init = wrapper_init;
  t.repr = wrapper_repr;
  t.getattro = wrapper_getattro;
  t.setattro = wrapper_setattro;
  t.getsets = kWrapperGetSets;
  t.doc = doc;
}

}  // namespace

FunctionWrapperObject* function_wrapper_new(TypeObject* type, Value callable) {
  auto* w = alloc<FunctionWrapperObject>(type);
  incref(callable);
  w->callable = callable;
  gc::track(w);
  return w;
}

void init_function_wrapper_types() {
  fill_wrapper_type(classmethod_type, "classmethod",
                    "classmethod(function) -> method\n\nConvert a function to be a class method.");
  classmethod_type.descr_get = classmethod_get;
  fill_wrapper_type(staticmethod_type, "staticmethod",
                    "staticmethod(function) -> method\n\nConvert a function to be a static method.");
  staticmethod_type.descr_get = staticmethod_get;
  staticmethod_type.call = staticmethod_call;
}

}  // namespace glasspy::objects
