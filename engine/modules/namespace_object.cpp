// types.SimpleNamespace (modules stage): attributes kept in an instance dict, keyword-only
// construction, repr "namespace(a=1, b=2)", equality by dict.
#include "modules/namespace_object.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

TypeObject namespace_type;

namespace {

struct NamespaceObject : Object {
  DictObject* dict = nullptr;
};

NamespaceObject* as_namespace(Value v) { return static_cast<NamespaceObject*>(v.as_object()); }

Value namespace_create(TypeObject* type) {
  NamespaceObject* ns = alloc<NamespaceObject>(type);
  ns->dict = dict_new();
  gc::track(ns);
  return Value::from_object(ns);
}

Value namespace_new_slot(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nargs != 0) return vm.raise(&exc_TypeError, "no positional arguments expected");
  Ref ns = Ref::steal(namespace_create(type));
  for (size_t i = 0; i < args.nkw(); ++i)
    dict_set_str(as_namespace(ns.get())->dict, as_str(args.kwnames->items()[i]), args.kw_value(i));
  return ns.release();
}

bool namespace_init(VM&, Value, CallArgs) { return true; }

void namespace_dealloc(Object* self) {
  NamespaceObject* ns = static_cast<NamespaceObject*>(self);
  gc::untrack(ns);
  if (ns->dict != nullptr) decref(ns->dict);
  free_object(self);
}

void namespace_traverse(Object* self, VisitFn visit, void* context) {
  NamespaceObject* ns = static_cast<NamespaceObject*>(self);
  if (ns->dict != nullptr) visit(Value::from_object(ns->dict), context);
}

void namespace_clear(Object* self) {
  NamespaceObject* ns = static_cast<NamespaceObject*>(self);
  DictObject* d = ns->dict;
  ns->dict = nullptr;
  if (d != nullptr) decref(d);
}

Value namespace_repr(VM& vm, Value self) {
  const char* name = type_of(self) == &namespace_type ? "namespace" : type_of(self)->name;
  if (!vm.enter_repr(self)) return Value::from_object(str_from_utf8(std::string(name) + "(...)"));
  std::string out = std::string(name) + "(";
  DictObject* d = as_namespace(self)->dict;
  int64_t pos = 0;
  Value key, value;
  bool first = true;
  while (d != nullptr && dict_next(d, &pos, &key, &value)) {
    if (!is_str(key)) continue;
    if (!first) out += ", ";
    first = false;
    out += str_utf8(as_str(key));
    out += "=";
    std::string item;
    if (!repr_utf8(vm, value, &item)) {
      vm.leave_repr(self);
      return Value();
    }
    out += item;
  }
  vm.leave_repr(self);
  out += ")";
  return Value::from_object(str_from_utf8(out));
}

Value namespace_getattro(VM& vm, Value self, StrObject* name) {
  DictObject* d = as_namespace(self)->dict;
  if (d != nullptr) {
    Value v = dict_get_str(d, name);
    if (!v.is_null()) {
      incref(v);
      return v;
    }
  }
  return generic_getattr(vm, self, name);
}

bool namespace_setattro(VM& vm, Value self, StrObject* name, Value value) {
  DictObject* d = as_namespace(self)->dict;
  if (value.is_null()) {
    int r = dict_delete(vm, d, Value::from_object(name));
    if (r == 0) {
      vm.raise_attribute_error(self, name, std::string(str_utf8(name)));
      return false;
    }
    return r > 0;
  }
  dict_set_str(d, name, value);
  return true;
}

Value namespace_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  bool a_ns = is_subtype(type_of(a), &namespace_type), b_ns = is_subtype(type_of(b), &namespace_type);
  if (!a_ns || !b_ns || (op != CompareOp::kEq && op != CompareOp::kNe)) {
    incref(not_implemented());
    return not_implemented();
  }
  return rich_compare(vm, Value::from_object(as_namespace(a)->dict), Value::from_object(as_namespace(b)->dict), op);
}

Value namespace_get_dict(VM&, Value self) {
  DictObject* d = as_namespace(self)->dict;
  incref(d);
  return Value::from_object(d);
}

Value namespace_reduce(VM& vm, Value self, CallArgs) {
  Ref empty = Ref::steal(Value::from_object(tuple_alloc(0)));
  Ref type = Ref::borrow(Value::from_object(type_of(self)));
  (void)vm;
  return Value::from_object(tuple_of({type.get(), empty.get(), Value::from_object(as_namespace(self)->dict)}));
}

const GetSetDef kNamespaceGetSets[] = {
    {"__dict__", namespace_get_dict},
    {nullptr, nullptr},
};

const MethodDef kNamespaceMethods[] = {
    {"__reduce__", namespace_reduce, ArgShape::kNoArgs, 0, 0, "Return state information for pickling"},
    {nullptr, nullptr},
};

}  // namespace

Value namespace_new(DictObject* attributes) {
  Value ns = namespace_create(&namespace_type);
  if (attributes != nullptr) {
    int64_t pos = 0;
    Value key, value;
    while (dict_next(attributes, &pos, &key, &value))
      if (is_str(key)) dict_set_str(as_namespace(ns)->dict, as_str(key), value);
  }
  return ns;
}

void init_namespace_type() {
  if (has_flag(&namespace_type, kTypeReady)) return;
  TypeObject& t = namespace_type;
  t.name = "types.SimpleNamespace";
  t.type_flags = kTypeGc | kTypeBaseType;
  t.basic_size = sizeof(NamespaceObject);
  t.new_instance = namespace_new_slot;
  t.init = namespace_init;
  t.dealloc = namespace_dealloc;
  t.traverse = namespace_traverse;
  t.clear = namespace_clear;
  t.repr = namespace_repr;
  t.getattro = namespace_getattro;
  t.setattro = namespace_setattro;
  t.richcompare = namespace_richcompare;
  t.getsets = kNamespaceGetSets;
  t.methods = kNamespaceMethods;
  t.doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";
  ready_static_type(&t);
  // tp_name stays dotted (messages use it); __name__ and __module__ are its two parts.
  t.name_object = Value::from_object(intern_static("SimpleNamespace"));
  t.qualname_object = t.name_object;
  t.module_name = Value::from_object(intern_static("types"));
}

}  // namespace glasspy::modules
