// `type`, the type of classes (object model): calling a class, class attribute access and
// assignment, and the attributes every class has (__name__, __mro__, __dict__, ...).
#include <string>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/mappingproxy_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_cache.h"
#include "objects/type_slots.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject type_type;
void type_dealloc(Object* self);
void subtype_traverse(Object* self, VisitFn visit, void* context);
void heap_type_clear(Object* self);  // type_new.cpp

namespace {

TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }

// type(x) with one argument, type(name, bases, dict) with three; classes made by
// metaclasses arrive here through type.__new__.
Value type_new_slot(VM& vm, TypeObject* metatype, CallArgs args) {
  if (metatype == &type_type && args.nargs == 1 && args.nkw() == 0) {
    TypeObject* t = type_of(args.args[0]);
    incref(t);
    return Value::from_object(t);
  }
  if (args.nargs != 3) {
    if (metatype == &type_type || args.nargs < 3)
      return vm.raise(&exc_TypeError, "type() takes 1 or 3 arguments");
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
  return type_new(vm, winner, name, base_tuple, as_dict(ns));
}

Value type_call(VM& vm, Value self, CallArgs args) {
  TypeObject* type = as_type(self);
  if (type->new_instance == nullptr)
    return vm.raise(&exc_TypeError, std::string("cannot create '") + type->name + "' instances");
  Value obj = type->new_instance(vm, type, args);
  if (obj.is_null()) return obj;
  // type(x) returns the type without initialising it.
  if (type == &type_type && args.nargs == 1 && args.nkw() == 0) return obj;
  TypeObject* obj_type = type_of(obj);
  if (!is_subtype(obj_type, type)) return obj;
  if (obj_type->init != nullptr && !obj_type->init(vm, obj, args)) {
    decref(obj);
    return Value();
  }
  return obj;
}

Value type_getattro(VM& vm, Value self, StrObject* name) {
  TypeObject* type = as_type(self);
  TypeObject* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  TypeObject* meta_attr_type = meta_attr.is_null() ? nullptr : type_of(meta_attr);
  if (meta_attr_type != nullptr && meta_attr_type->descr_get != nullptr && meta_attr_type->descr_set != nullptr)
    return meta_attr_type->descr_get(vm, meta_attr, self, Value::from_object(meta));
  Value attr = type_lookup(type, name);
  if (!attr.is_null()) {
    TypeObject* attr_type = type_of(attr);
    if (attr_type->descr_get != nullptr) return attr_type->descr_get(vm, attr, Value(), self);
    incref(attr);
    return attr;
  }
  if (meta_attr_type != nullptr && meta_attr_type->descr_get != nullptr)
    return meta_attr_type->descr_get(vm, meta_attr, self, Value::from_object(meta));
  if (!meta_attr.is_null()) {
    incref(meta_attr);
    return meta_attr;
  }
  return vm.raise_attribute_error(self, name,
                                  std::string("type object '") + type->name + "' has no attribute '" +
                                      std::string(str_utf8(name)) + "'");
}

bool type_setattro(VM& vm, Value self, StrObject* name, Value value) {
  TypeObject* type = as_type(self);
  if (!has_flag(type, kTypeHeap)) {
    vm.raise(&exc_TypeError, std::string("cannot set '") + std::string(str_utf8(name)) + "' attribute of immutable type '" +
                                 type->name + "'");
    return false;
  }
  type_cache_invalidate();  // whatever changes below, cached lookups may be stale
  TypeObject* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  if (!meta_attr.is_null() && type_of(meta_attr)->descr_set != nullptr)
    return type_of(meta_attr)->descr_set(vm, meta_attr, self, value);
  if (value.is_null()) {
    int r = dict_delete(vm, type->dict, Value::from_object(name));
    if (r == 0) {
      vm.raise_attribute_error(self, name,
                               std::string("type object '") + type->name + "' has no attribute '" +
                                   std::string(str_utf8(name)) + "'");
      return false;
    }
    if (r < 0) return false;
  } else {
    dict_set_str(type->dict, name, value);
  }
  ++type->version;
  type_update_slot(vm, type, name);
  return true;
}

std::string type_module(TypeObject* t) {
  if (!t->module_name.is_null() && is_str(t->module_name)) return std::string(str_utf8(as_str(t->module_name)));
  return "builtins";
}

Value type_repr(VM&, Value self) {
  TypeObject* t = as_type(self);
  std::string module = type_module(t);
  std::string qualname = is_str(t->qualname_object) ? std::string(str_utf8(as_str(t->qualname_object))) : t->name;
  if (module == "builtins") return Value::from_object(str_from_utf8("<class '" + qualname + "'>"));
  return Value::from_object(str_from_utf8("<class '" + module + "." + qualname + "'>"));
}

Value get_name(VM&, Value self) {
  Value v = as_type(self)->name_object;
  incref(v);
  return v;
}

bool set_name(VM& vm, Value self, Value value) {
  TypeObject* t = as_type(self);
  if (!has_flag(t, kTypeHeap)) {
    vm.raise(&exc_TypeError, std::string("cannot set '__name__' attribute of immutable type '") + t->name + "'");
    return false;
  }
  if (value.is_null() || !is_str(value)) {
    vm.raise(&exc_TypeError, std::string("can only assign string to ") + t->name + ".__name__, not '" +
                                 (value.is_null() ? "NoneType" : type_name(value)) + "'");
    return false;
  }
  incref(value);
  decref(t->name_object);
  t->name_object = value;
  t->name = str_utf8(as_str(value)).data();
  return true;
}

Value get_qualname(VM&, Value self) {
  Value v = as_type(self)->qualname_object;
  incref(v);
  return v;
}

bool set_qualname(VM& vm, Value self, Value value) {
  TypeObject* t = as_type(self);
  if (value.is_null() || !is_str(value)) {
    vm.raise(&exc_TypeError, std::string("can only assign string to ") + t->name + ".__qualname__, not '" +
                                 (value.is_null() ? "NoneType" : type_name(value)) + "'");
    return false;
  }
  incref(value);
  decref(t->qualname_object);
  t->qualname_object = value;
  return true;
}

Value get_module(VM& vm, Value self) {
  TypeObject* t = as_type(self);
  if (!t->module_name.is_null()) {
    incref(t->module_name);
    return t->module_name;
  }
  StrObject* builtins = vm.intern("builtins");
  incref(builtins);
  return Value::from_object(builtins);
}

bool set_module(VM& vm, Value self, Value value) {
  TypeObject* t = as_type(self);
  if (!has_flag(t, kTypeHeap)) {
    vm.raise(&exc_TypeError, std::string("cannot set '__module__' attribute of immutable type '") + t->name + "'");
    return false;
  }
  incref(value);
  decref(t->module_name);
  t->module_name = value;
  dict_set_str(t->dict, vm.intern("__module__"), value);
  return true;
}

Value get_mro(VM&, Value self) {
  TupleObject* mro = as_type(self)->mro;
  // The stored tuple does not own its first item (the type itself): hand out a copy.
  return Value::from_object(tuple_from(mro->items(), mro->size));
}

Value get_bases(VM&, Value self) {
  TupleObject* b = as_type(self)->bases;
  incref(b);
  return Value::from_object(b);
}

Value get_base(VM&, Value self) {
  TypeObject* b = as_type(self)->base;
  if (b == nullptr) return none();
  incref(b);
  return Value::from_object(b);
}

Value get_dict(VM&, Value self) {
  // A read-only view, as CPython's: writes go through setattr, which updates the slots.
  return mappingproxy_new(Value::from_object(as_type(self)->dict));
}

Value get_doc(VM& vm, Value self) {
  TypeObject* t = as_type(self);
  Value doc = dict_get_str(t->dict, vm.intern("__doc__"));
  if (doc.is_null()) return none();
  if (type_of(doc)->descr_get != nullptr) return type_of(doc)->descr_get(vm, doc, Value(), self);
  incref(doc);
  return doc;
}

// type.__doc__ = text: stored in the class namespace (heap types only).
bool set_doc(VM& vm, Value self, Value value) {
  TypeObject* t = as_type(self);
  if (!has_flag(t, kTypeHeap) || value.is_null()) {
    vm.raise(&exc_TypeError, std::string("cannot ") + (value.is_null() ? "delete" : "set") +
                                 " '__doc__' attribute of immutable type '" + t->name + "'");
    return false;
  }
  dict_set_str(t->dict, vm.intern("__doc__"), value);
  ++t->version;
  return true;
}

Value get_abstractmethods(VM& vm, Value self) {
  TypeObject* t = as_type(self);
  Value v = t == &type_type ? Value() : dict_get_str(t->dict, vm.intern("__abstractmethods__"));
  if (v.is_null()) return vm.raise(&exc_AttributeError, "__abstractmethods__");
  incref(v);
  return v;
}

bool set_abstractmethods(VM& vm, Value self, Value value) {
  TypeObject* t = as_type(self);
  if (value.is_null()) {
    if (dict_delete(vm, t->dict, Value::from_object(vm.intern("__abstractmethods__"))) < 0) return false;
    t->type_flags &= ~kTypeAbstract;
    return true;
  }
  int abstract = truthy(vm, value);
  if (abstract < 0) return false;
  dict_set_str(t->dict, vm.intern("__abstractmethods__"), value);
  if (abstract) t->type_flags |= kTypeAbstract;
  else t->type_flags &= ~kTypeAbstract;
  return true;
}

Value type_mro_method(VM&, Value self, CallArgs) {
  TupleObject* mro = as_type(self)->mro;
  return Value::from_object(list_from(mro->items(), mro->size));
}

Value type_instancecheck(VM& vm, Value self, CallArgs args) {
  TypeObject* t = type_of(args.args[0]);
  if (is_subtype(t, as_type(self))) return true_value();
  // An object whose __class__ differs from its type (proxies) counts as an instance of it.
  Value cls = get_attribute_optional(vm, args.args[0], vm.intern("__class__"));
  if (cls.is_null()) return vm.has_error() ? Value() : false_value();
  bool result = cls.is_object() && has_flag(type_of(cls), kTypeTypeSubclass) && is_subtype(as_type(cls), as_type(self));
  decref(cls);
  return boolean(result);
}

Value type_subclasscheck(VM& vm, Value self, CallArgs args) {
  Value sub = args.args[0];
  if (!sub.is_object() || !has_flag(type_of(sub), kTypeTypeSubclass))
    return vm.raise(&exc_TypeError, "issubclass() arg 1 must be a class");
  return boolean(is_subtype(as_type(sub), as_type(self)));
}

Value type_prepare(VM&, Value, CallArgs) { return Value::from_object(dict_new()); }

Value type_dir(VM& vm, Value self, CallArgs) {
  // Names along the MRO, sorted (dir(cls)).
  DictObject* names = dict_new();
  TupleObject* mro = as_type(self)->mro;
  for (int64_t i = 0; i < mro->size; ++i) {
    TypeObject* t = as_type(mro->items()[i]);
    int64_t pos = 0;
    Value key;
    while (dict_next(t->dict, &pos, &key, nullptr)) {
      if (!dict_set(vm, names, key, none())) {
        decref(names);
        return Value();
      }
    }
  }
  ListObject* list = list_new(names->used);
  int64_t pos = 0;
  Value key;
  while (dict_next(names, &pos, &key, nullptr)) list_append(list, key);
  decref(names);
  Value result = Value::from_object(list);
  Value sorted = call_method(vm, result, vm.intern("sort"), nullptr, 0);
  if (sorted.is_null()) {
    decref(result);
    return Value();
  }
  decref(sorted);
  return result;
}

void type_traverse(Object* self, VisitFn visit, void* context) {
  TypeObject* t = static_cast<TypeObject*>(self);
  if (!has_flag(t, kTypeHeap)) return;
  if (t->dict) visit(Value::from_object(t->dict), context);
  if (t->bases) visit(Value::from_object(t->bases), context);
  // The mro tuple is untracked (it does not own its first item, the type itself): the
  // bases it owns are visited here, or a class holding a subclass (A.subs = B, an ABC's
  // registry) would look referenced from outside and its cycle would never be collected.
  if (t->mro) {
    for (int64_t i = 1; i < t->mro->size; ++i) visit(t->mro->items()[i], context);
  }
  if (t->base) visit(Value::from_object(t->base), context);
  visit(t->module_name, context);
}

// type.__subclasses__(): the direct subclasses still alive, in creation order.
Value type_subclasses_method(VM&, Value self, CallArgs) {
  TypeObject* t = as_type(self);
  ListObject* list = list_new();
  if (t->subclasses != nullptr) {
    for (TypeObject* sub : *t->subclasses) list_append(list, Value::from_object(sub));
  }
  return Value::from_object(list);
}

const MethodDef kTypeMethods[] = {
    {"__subclasses__", type_subclasses_method, ArgShape::kNoArgs, 0, 0, "Return a list of immediate subclasses."},
    {"mro", type_mro_method, ArgShape::kNoArgs, 0, 0, "Return a type's method resolution order."},
    {"__instancecheck__", type_instancecheck, ArgShape::kOneArg, 1, 1, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, ArgShape::kOneArg, 1, 1, "Check if a class is a subclass."},
    {"__dir__", type_dir, ArgShape::kNoArgs, 0, 0, "Specialized __dir__ implementation for types."},
    {nullptr, nullptr},
};

const GetSetDef kTypeGetSets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__module__", get_module, set_module},
    {"__mro__", get_mro},
    {"__bases__", get_bases},
    {"__base__", get_base},
    {"__dict__", get_dict},
    {"__doc__", get_doc, set_doc},
    {"__abstractmethods__", get_abstractmethods, set_abstractmethods},
    {nullptr, nullptr},
};

}  // namespace

// __prepare__ is a class method of type: added as a native function bound to type.
const MethodDef kTypePrepare = {"__prepare__", type_prepare, ArgShape::kKeywords, 0, -1,
                                "Create the namespace for the class statement"};

void init_type_type() {
  TypeObject& t = type_type;
  t.name = "type";
  t.type_flags = kTypeBaseType | kTypeGc | kTypeTypeSubclass;
  t.basic_size = sizeof(TypeObject);
  t.dealloc = type_dealloc;
  t.traverse = type_traverse;
  t.clear = heap_type_clear;
  t.new_instance = type_new_slot;
  t.call = type_call;
  t.getattro = type_getattro;
  t.setattro = type_setattro;
  t.repr = type_repr;
  t.methods = kTypeMethods;
  t.getsets = kTypeGetSets;
}

}  // namespace glasspy::objects
