// The rest of the _collections module (modules stage): _tuplegetter, the descriptor
// namedtuple fields use (self[index], read-only, with the field's doc), and
// _caller_module(depth), the __name__ of a calling frame's globals, which namedtuple
// and enum use for __module__ (CPython reads sys._getframe for the same purpose).
#include <string>

#include "modules/builtin_modules.h"
#include "modules/collections_internal.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

TypeObject tuplegetter_type;

struct TupleGetterObject : Object {
  int64_t index = 0;
  Value doc;  // owned
};

TupleGetterObject* as_getter(Value v) { return static_cast<TupleGetterObject*>(v.as_object()); }

Value getter_new(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "_tuplegetter() takes no keyword arguments");
  if (args.nargs != 2)
    return vm.raise(&exc_TypeError, "_tuplegetter expected 2 arguments, got " + std::to_string(args.nargs));
  int64_t index;
  if (!index_int64(vm, args.args[0], &index)) return Value();
  TupleGetterObject* g = alloc<TupleGetterObject>(type);
  g->index = index;
  incref(args.args[1]);
  g->doc = args.args[1];
  return Value::from_object(g);
}

void getter_dealloc(Object* self) {
  decref(static_cast<TupleGetterObject*>(self)->doc);
  free_object(self);
}

Value getter_get(VM& vm, Value self, Value instance, Value) {
  if (instance.is_null() || instance.is(none())) {
    incref(self);
    return self;
  }
  int64_t index = as_getter(self)->index;
  if (!is_tuple(instance))
    return vm.raise(&exc_TypeError, std::string("descriptor for index '") + std::to_string(index) +
                                        "' for tuple subclasses doesn't apply to '" + type_name(instance) +
                                        "' object");
  TupleObject* t = as_tuple(instance);
  if (index < 0 || index >= t->size) return vm.raise(&exc_IndexError, "tuple index out of range");
  incref(t->items()[index]);
  return t->items()[index];
}

bool getter_set(VM& vm, Value, Value, Value value) {
  vm.raise(&exc_AttributeError, value.is_null() ? "can't delete attribute" : "can't set attribute");
  return false;
}

Value getter_repr(VM& vm, Value self) {
  std::string doc;
  if (!repr_utf8(vm, as_getter(self)->doc, &doc)) return Value();
  return Value::from_object(
      str_from_utf8("_tuplegetter(" + std::to_string(as_getter(self)->index) + ", " + doc + ")"));
}

Value get_doc(VM&, Value self) {
  incref(as_getter(self)->doc);
  return as_getter(self)->doc;
}

bool set_doc(VM&, Value self, Value value) {
  Value old = as_getter(self)->doc;
  Value fresh = value.is_null() ? none() : value;
  incref(fresh);
  as_getter(self)->doc = fresh;
  decref(old);
  return true;
}

Value getter_reduce(VM&, Value self, CallArgs) {
  Ref index = Ref::steal(make_int(as_getter(self)->index));
  Ref args = Ref::steal(Value::from_object(tuple_of({index.get(), as_getter(self)->doc})));
  return Value::from_object(tuple_of({Value::from_object(type_of(self)), args.get()}));
}

const GetSetDef kGetterGetSets[] = {
    {"__doc__", get_doc, set_doc},
    {nullptr, nullptr},
};

const MethodDef kGetterMethods[] = {
    {"__reduce__", getter_reduce, ArgShape::kNoArgs, 0, 0, "Return state information for pickling."},
    {nullptr, nullptr},
};

// _caller_module(depth): the __name__ in the globals of the frame `depth` calls up from
// the Python function calling this one (0: that function's own module); None if there
// is no such frame.
Value caller_module(VM& vm, Value, CallArgs args) {
  int64_t depth = 1;
  if (args.nargs > 0 && !index_int64(vm, args.args[0], &depth)) return Value();
  vm::Frame* frame = vm.current_frame();
  for (int64_t i = 0; i < depth && frame != nullptr; ++i) frame = frame->previous;
  if (frame == nullptr || frame->globals == nullptr) return none();
  Value name = dict_get_str(frame->globals, vm.intern("__name__"));
  if (name.is_null()) name = Value::from_object(vm.intern("__main__"));
  incref(name);
  return name;
}

const MethodDef kFunctions[] = {
    {"_caller_module", caller_module, ArgShape::kPositional, 0, 1,
     "The __name__ of the module of a calling frame (depth frames up)."},
    {nullptr, nullptr},
};

}  // namespace

void init_tuplegetter_type() {
  if (has_flag(&tuplegetter_type, kTypeReady)) return;
  TypeObject& t = tuplegetter_type;
  t.name = "_collections._tuplegetter";
  t.basic_size = sizeof(TupleGetterObject);
  t.dealloc = getter_dealloc;
  t.new_instance = getter_new;
  t.descr_get = getter_get;
  t.descr_set = getter_set;
  t.repr = getter_repr;
  t.getsets = kGetterGetSets;
  t.methods = kGetterMethods;
  ready_static_type(&t);
  t.name_object = Value::from_object(intern_static("_tuplegetter"));
  t.qualname_object = t.name_object;
  t.module_name = Value::from_object(intern_static("_collections"));
}

void add_collections_extras(vm::VM& vm, ModuleObject* m) {
  init_tuplegetter_type();
  add_value(vm, m, "_tuplegetter", Value::from_object(&tuplegetter_type));
  add_functions(vm, m, kFunctions);
}

}  // namespace glasspy::modules
