// property (object model): creation with fget.__doc__ as the default doc, __get__ /
// __set__ / __delete__ with CPython 3.11's messages, getter / setter / deleter copies,
// __set_name__ and __isabstractmethod__.
#include "objects/property_object.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject property_type;

namespace {

PropertyObject* P(Value v) { return static_cast<PropertyObject*>(v.as_object()); }

void replace(Value* field, Value v) {
  Value old = *field;
  incref(v);
  *field = v;
  decref(old);
}

Value none_to_null(Value v) { return v.is_null() || is_none(v) ? Value() : v; }

Value property_new(VM&, TypeObject* type, CallArgs) {
  Object* o = alloc_object(type, type->basic_size);
  new (o) PropertyObject();
  o->refcount = 1;
  o->type = type;
  gc::track(o);
  return Value::from_object(o);
}

bool property_init(VM& vm, Value self, CallArgs args) {
  Value a[4];
  if (!vm::parse_args(vm, args, "property", {"fget", "fset", "fdel", "doc"}, 0, a)) return false;
  PropertyObject* p = P(self);
  replace(&p->fget, none_to_null(a[0]));
  replace(&p->fset, none_to_null(a[1]));
  replace(&p->fdel, none_to_null(a[2]));
  replace(&p->name, Value());
  Ref doc = Ref::borrow(none_to_null(a[3]));
  p->getter_doc = false;
  if (doc.is_null() && !p->fget.is_null()) {
    Value fget_doc = get_attribute_optional(vm, p->fget, vm.intern("__doc__"));
    if (fget_doc.is_null() && vm.has_error()) return false;
    if (!fget_doc.is_null() && !is_none(fget_doc)) {
      doc = Ref::steal(fget_doc);
      p->getter_doc = true;
    } else {
      decref(fget_doc);
    }
  }
  if (type_of(self) == &property_type) {
    replace(&p->doc, doc.get());
    return true;
  }
  // A subclass's instances keep the doc in their __dict__: the subclass's own __doc__
  // would hide the property's.
  return setattr(vm, self, vm.intern("__doc__"), doc.is_null() ? none() : doc.get());
}

void property_clear(Object* self) {
  PropertyObject* p = static_cast<PropertyObject*>(self);
  for (Value* field : {&p->fget, &p->fset, &p->fdel, &p->doc, &p->name}) {
    Value old = *field;
    *field = Value();
    decref(old);
  }
}

void property_dealloc(Object* self) {
  property_clear(self);
  free_object(self);
}

void property_traverse(Object* self, VisitFn visit, void* context) {
  PropertyObject* p = static_cast<PropertyObject*>(self);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc, p->name}) visit(v, context);
}

// "property 'x' of 'C' object has no setter" (without the name if __set_name__ never ran).
Value raise_missing(VM& vm, PropertyObject* p, Value instance, const char* what) {
  TypeObject* t = type_of(instance);
  std::string qualname = is_str(t->qualname_object) ? std::string(str_utf8(as_str(t->qualname_object))) : t->name;
  std::string owner;
  Ref qualname_str = Ref::steal(Value::from_object(str_from_utf8(qualname)));
  if (!repr_utf8(vm, qualname_str.get(), &owner)) return Value();
  std::string message = "property ";
  if (!p->name.is_null()) {
    std::string name;
    if (!repr_utf8(vm, p->name, &name)) return Value();
    message += name + " ";
  }
  return vm.raise(&exc_AttributeError, message + "of " + owner + " object has no " + what);
}

Value property_get(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null()) {
    incref(self);
    return self;
  }
  PropertyObject* p = P(self);
  if (p->fget.is_null()) return raise_missing(vm, p, instance, "getter");
  return call1(vm, p->fget, instance);
}

bool property_set(VM& vm, Value self, Value instance, Value value) {
  PropertyObject* p = P(self);
  Value r;
  if (value.is_null()) {
    if (p->fdel.is_null()) {
      raise_missing(vm, p, instance, "deleter");
      return false;
    }
    r = call1(vm, p->fdel, instance);
  } else {
    if (p->fset.is_null()) {
      raise_missing(vm, p, instance, "setter");
      return false;
    }
    r = call2(vm, p->fset, instance, value);
  }
  if (r.is_null()) return false;
  decref(r);
  return true;
}

// A copy with one accessor replaced, made by calling type(self) as CPython does.
Value property_copy(VM& vm, Value self, Value fget, Value fset, Value fdel) {
  PropertyObject* p = P(self);
  if (fget.is_null()) fget = p->fget;
  if (fset.is_null()) fset = p->fset;
  if (fdel.is_null()) fdel = p->fdel;
  // A doc taken from the old getter gives way to the new getter's.
  Value doc = p->getter_doc && !fget.is_null() && !is_none(fget) ? none() : p->doc;
  Value args[4] = {fget.is_null() ? none() : fget, fset.is_null() ? none() : fset, fdel.is_null() ? none() : fdel,
                   doc.is_null() ? none() : doc};
  Value result = call(vm, Value::from_object(type_of(self)), CallArgs{args, 4, nullptr});
  if (result.is_null()) return result;
  if (is_subtype(type_of(result), &property_type)) replace(&P(result)->name, p->name);
  return result;
}

Value property_getter(VM& vm, Value self, CallArgs args) { return property_copy(vm, self, args.args[0], Value(), Value()); }
Value property_setter(VM& vm, Value self, CallArgs args) { return property_copy(vm, self, Value(), args.args[0], Value()); }
Value property_deleter(VM& vm, Value self, CallArgs args) { return property_copy(vm, self, Value(), Value(), args.args[0]); }

Value property_set_name(VM& vm, Value self, CallArgs args) {
  if (args.nargs != 2)
    return vm.raise(&exc_TypeError, "__set_name__() takes 2 positional arguments but " + std::to_string(args.nargs) +
                                        " were given");
  replace(&P(self)->name, args.args[1]);
  return none();
}

Value field_or_none(Value v) {
  if (v.is_null()) return none();
  incref(v);
  return v;
}

Value get_fget(VM&, Value self) { return field_or_none(P(self)->fget); }
Value get_fset(VM&, Value self) { return field_or_none(P(self)->fset); }
Value get_fdel(VM&, Value self) { return field_or_none(P(self)->fdel); }
Value get_doc(VM&, Value self) { return field_or_none(P(self)->doc); }

bool set_doc(VM&, Value self, Value value) {
  replace(&P(self)->doc, value.is_null() ? Value() : value);
  return true;
}

Value get_isabstractmethod(VM& vm, Value self) {
  PropertyObject* p = P(self);
  for (Value f : {p->fget, p->fset, p->fdel}) {
    if (f.is_null()) continue;
    Value v = get_attribute_optional(vm, f, vm.intern("__isabstractmethod__"));
    if (v.is_null()) {
      if (vm.has_error()) return Value();
      continue;
    }
    int truth = truthy(vm, v);
    decref(v);
    if (truth < 0) return Value();
    if (truth) return true_value();
  }
  return false_value();
}

const MethodDef kPropertyMethods[] = {
    {"getter", property_getter, ArgShape::kOneArg, 1, 1, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, ArgShape::kOneArg, 1, 1, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, ArgShape::kOneArg, 1, 1, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, ArgShape::kPositional, 2, 2, "Method to set name of a property."},
    {nullptr, nullptr},
};

const GetSetDef kPropertyGetSets[] = {
    {"fget", get_fget},
    {"fset", get_fset},
    {"fdel", get_fdel},
    {"__doc__", get_doc, set_doc},
    {"__isabstractmethod__", get_isabstractmethod},
    {nullptr, nullptr},
};

}  // namespace

void init_property_type() {
  TypeObject& t = property_type;
  t.name = "property";
  t.type_flags = kTypeBaseType | kTypeGc;
  t.basic_size = sizeof(PropertyObject);
  t.dealloc = property_dealloc;
  t.traverse = property_traverse;
  t.clear = property_clear;
  t.new_instance = property_new;
  t.init = property_init;
  t.getattro = generic_getattr;
  t.setattro = generic_setattr;
  t.descr_get = property_get;
  t.descr_set = property_set;
  t.methods = kPropertyMethods;
  t.getsets = kPropertyGetSets;
}

}  // namespace glasspy::objects
