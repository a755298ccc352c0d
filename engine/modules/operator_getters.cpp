// operator.itemgetter, attrgetter and methodcaller (modules stage), with CPython 3.11's
// reprs ("operator.itemgetter(1, 2)") and messages.
#include "modules/operator_getters.h"

#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

TypeObject itemgetter_type;
TypeObject attrgetter_type;
TypeObject methodcaller_type;

namespace {

// All three share one layout: `items` are the keys (itemgetter), the attribute names
// (attrgetter: each a tuple of the dotted parts), or the positional arguments
// (methodcaller, whose method name is `name` and keyword arguments `kwargs`).
struct GetterObject : Object {
  TupleObject* items = nullptr;
  TupleObject* spelled = nullptr;  // attrgetter: the names as given, for repr
  Value name;
  DictObject* kwargs = nullptr;
};

GetterObject* as_getter(Value v) { return static_cast<GetterObject*>(v.as_object()); }

GetterObject* getter_alloc(TypeObject* type) {
  GetterObject* g = alloc<GetterObject>(type);
  gc::track(g);
  return g;
}

void getter_clear(Object* self) {
  GetterObject* g = static_cast<GetterObject*>(self);
  Value values[] = {Value::from_object(g->items), Value::from_object(g->spelled), g->name,
                    Value::from_object(g->kwargs)};
  g->items = nullptr;
  g->spelled = nullptr;
  g->name = Value();
  g->kwargs = nullptr;
  for (Value v : values)
    if (!v.is_null()) decref(v);
}

void getter_dealloc(Object* self) {
  gc::untrack(self);
  getter_clear(self);
  free_object(self);
}

void getter_traverse(Object* self, VisitFn visit, void* context) {
  GetterObject* g = static_cast<GetterObject*>(self);
  if (g->items != nullptr) visit(Value::from_object(g->items), context);
  if (g->spelled != nullptr) visit(Value::from_object(g->spelled), context);
  if (!g->name.is_null()) visit(g->name, context);
  if (g->kwargs != nullptr) visit(Value::from_object(g->kwargs), context);
}

bool no_keywords(VM& vm, CallArgs args, const char* name) {
  if (args.nkw() == 0) return true;
  vm.raise(&exc_TypeError, std::string(name) + "() takes no keyword arguments");
  return false;
}

bool one_argument(VM& vm, CallArgs args, const char* name) {
  if (!no_keywords(vm, args, name)) return false;
  if (args.nargs == 1) return true;
  vm.raise(&exc_TypeError, std::string(name) + " expected 1 argument, got " + std::to_string(args.nargs));
  return false;
}

bool at_least_one(VM& vm, CallArgs args, const char* name) {
  if (!no_keywords(vm, args, name)) return false;
  if (args.nargs >= 1) return true;
  vm.raise(&exc_TypeError, std::string(name) + " expected 1 argument, got 0");
  return false;
}

// `prefix` ("operator.NAME(") + reprs of `items` joined by ", " + `extra` + ")", guarded
// against cycles.
Value getter_repr_of(VM& vm, Value self, const std::string& prefix, TupleObject* items, const std::string& extra) {
  if (!vm.enter_repr(self)) return Value::from_object(str_from_utf8(prefix + "...)"));
  std::string out = prefix;
  for (int64_t i = 0; i < items->size; ++i) {
    if (i > 0) out += ", ";
    std::string item;
    if (!repr_utf8(vm, items->items()[i], &item)) {
      vm.leave_repr(self);
      return Value();
    }
    out += item;
  }
  vm.leave_repr(self);
  out += extra + ")";
  return Value::from_object(str_from_utf8(out));
}

// --- itemgetter ---

Value itemgetter_new(VM& vm, TypeObject* type, CallArgs args) {
  if (!at_least_one(vm, args, "itemgetter")) return Value();
  GetterObject* g = getter_alloc(type);
  g->items = tuple_from(args.args, static_cast<int64_t>(args.nargs));
  return Value::from_object(g);
}

Value itemgetter_call(VM& vm, Value self, CallArgs args) {
  if (!one_argument(vm, args, "itemgetter")) return Value();
  TupleObject* items = as_getter(self)->items;
  if (items->size == 1) return getitem(vm, args.args[0], items->items()[0]);
  TupleObject* result = tuple_alloc(items->size);
  Ref owner = Ref::steal(Value::from_object(result));
  for (int64_t i = 0; i < items->size; ++i) {
    Value v = getitem(vm, args.args[0], items->items()[i]);
    if (v.is_null()) return Value();
    result->items()[i] = v;
  }
  return owner.release();
}

Value itemgetter_repr(VM& vm, Value self) {
  return getter_repr_of(vm, self, "operator.itemgetter(", as_getter(self)->items, "");
}

// --- attrgetter ---

Value attrgetter_new(VM& vm, TypeObject* type, CallArgs args) {
  if (!at_least_one(vm, args, "attrgetter")) return Value();
  TupleObject* names = tuple_alloc(static_cast<int64_t>(args.nargs));
  Ref names_ref = Ref::steal(Value::from_object(names));
  for (size_t i = 0; i < args.nargs; ++i) {
    Value name = args.args[i];
    if (!is_str(name)) return vm.raise(&exc_TypeError, "attribute name must be a string");
    std::string text(str_utf8(as_str(name)));
    std::vector<Value> parts;
    size_t start = 0;
    while (true) {
      size_t dot = text.find('.', start);
      parts.push_back(Value::from_object(vm.intern(text.substr(start, dot == std::string::npos ? dot : dot - start))));
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    names->items()[i] = Value::from_object(tuple_from(parts.data(), static_cast<int64_t>(parts.size())));
  }
  GetterObject* g = getter_alloc(type);
  g->items = as_tuple(names_ref.release());
  g->spelled = tuple_from(args.args, static_cast<int64_t>(args.nargs));
  return Value::from_object(g);
}

Value resolve_dotted(VM& vm, Value obj, TupleObject* parts) {
  Ref current = Ref::borrow(obj);
  for (int64_t i = 0; i < parts->size; ++i) {
    Value next_value = getattr(vm, current.get(), as_str(parts->items()[i]));
    if (next_value.is_null()) return Value();
    current = Ref::steal(next_value);
  }
  return current.release();
}

Value attrgetter_call(VM& vm, Value self, CallArgs args) {
  if (!one_argument(vm, args, "attrgetter")) return Value();
  TupleObject* names = as_getter(self)->items;
  if (names->size == 1) return resolve_dotted(vm, args.args[0], as_tuple(names->items()[0]));
  TupleObject* result = tuple_alloc(names->size);
  Ref owner = Ref::steal(Value::from_object(result));
  for (int64_t i = 0; i < names->size; ++i) {
    Value v = resolve_dotted(vm, args.args[0], as_tuple(names->items()[i]));
    if (v.is_null()) return Value();
    result->items()[i] = v;
  }
  return owner.release();
}

Value attrgetter_repr(VM& vm, Value self) {
  return getter_repr_of(vm, self, "operator.attrgetter(", as_getter(self)->spelled, "");
}

// --- methodcaller ---

Value methodcaller_new(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nargs < 1) return vm.raise(&exc_TypeError, "methodcaller needs at least one argument, the method name");
  if (!is_str(args.args[0])) return vm.raise(&exc_TypeError, "method name must be a string");
  GetterObject* g = getter_alloc(type);
  Ref owner = Ref::steal(Value::from_object(g));
  g->name = Value::from_object(vm.intern(str_utf8(as_str(args.args[0]))));
  incref(g->name);
  g->items = tuple_from(args.args + 1, static_cast<int64_t>(args.nargs - 1));
  g->kwargs = dict_new();
  for (size_t i = 0; i < args.nkw(); ++i)
    dict_set_str(g->kwargs, as_str(args.kwnames->items()[i]), args.kw_value(i));
  return owner.release();
}

Value methodcaller_call(VM& vm, Value self, CallArgs args) {
  if (!one_argument(vm, args, "methodcaller")) return Value();
  GetterObject* g = as_getter(self);
  Ref method = Ref::steal(getattr(vm, args.args[0], as_str(g->name)));
  if (method.is_null()) return Value();
  if (g->kwargs->used == 0) return call(vm, method.get(), CallArgs{g->items->items(), static_cast<size_t>(g->items->size), nullptr});
  std::vector<Value> values(g->items->items(), g->items->items() + g->items->size);
  std::vector<Value> names;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(g->kwargs, &pos, &key, &value)) {
    names.push_back(key);
    values.push_back(value);
  }
  Ref kwnames = Ref::steal(Value::from_object(tuple_from(names.data(), static_cast<int64_t>(names.size()))));
  return call(vm, method.get(),
              CallArgs{values.data(), static_cast<size_t>(g->items->size), as_tuple(kwnames.get())});
}

Value methodcaller_repr(VM& vm, Value self) {
  GetterObject* g = as_getter(self);
  std::string name;
  if (!repr_utf8(vm, g->name, &name)) return Value();
  std::string extra;
  int64_t pos = 0;
  Value key, value;
  while (dict_next(g->kwargs, &pos, &key, &value)) {
    std::string item;
    if (!repr_utf8(vm, value, &item)) return Value();
    extra += ", " + std::string(str_utf8(as_str(key))) + "=" + item;
  }
  if (g->items->size > 0) name += ", ";
  return getter_repr_of(vm, self, "operator.methodcaller(" + name, g->items, extra);
}

void init_getter_type(TypeObject& t, const char* name, Value (*make)(VM&, TypeObject*, CallArgs),
                      Value (*call_slot)(VM&, Value, CallArgs), UnaryFn repr_slot, const char* doc) {
  t.name = name;
  t.type_flags = kTypeGc | kTypeBaseType;
  t.basic_size = sizeof(GetterObject);
  t.new_instance = make;
  t.call = call_slot;
  t.repr = repr_slot;
  t.dealloc = getter_dealloc;
  t.traverse = getter_traverse;
  t.clear = getter_clear;
  t.doc = doc;
  ready_static_type(&t);
}

}  // namespace

void init_operator_getter_types() {
  if (has_flag(&itemgetter_type, kTypeReady)) return;
  init_getter_type(itemgetter_type, "operator.itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr,
                   "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given "
                   "item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = "
                   "itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])");
  init_getter_type(attrgetter_type, "operator.attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr,
                   "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given "
                   "attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter "
                   "g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = "
                   "attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).");
  init_getter_type(methodcaller_type, "operator.methodcaller", methodcaller_new, methodcaller_call,
                   methodcaller_repr,
                   "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given "
                   "method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = "
                   "methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).");
}

}  // namespace glasspy::modules
