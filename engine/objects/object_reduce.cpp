// object's pickling protocol (object model): __reduce_ex__, __reduce__, __getstate__ and
// __subclasshook__. Protocols 0-1 defer to copyreg._reduce_ex; protocol 2+ is built here
// as CPython does (copyreg.__newobj__ / __newobj_ex__, the state, list and dict items).
#include <string>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/int_object.h"
#include "objects/callable_objects.h"
#include "objects/classmethod_descriptor.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"
#include "vm/vm_import.h"

namespace glasspy::objects {

namespace {

Value object_getstate_method(VM& vm, Value self, CallArgs args);
Value object_reduce_method(VM& vm, Value self, CallArgs args);
Value object_reduce_ex_method(VM& vm, Value self, CallArgs args);
Value object_subclasshook(VM& vm, Value self, CallArgs args);

const MethodDef kGetstateDef = {"__getstate__", object_getstate_method, ArgShape::kNoArgs, 0, 0, "Helper for pickle."};
const MethodDef kReduceDef = {"__reduce__", object_reduce_method, ArgShape::kNoArgs, 0, 0, "Helper for pickle."};
const MethodDef kReduceExDef = {"__reduce_ex__", object_reduce_ex_method, ArgShape::kOneArg, 1, 1,
                                "Helper for pickle."};
const MethodDef kSubclasshookDef = {
    "__subclasshook__", object_subclasshook, ArgShape::kKeywords, 0, -1,
    "Abstract classes can override this to customize issubclass().\n\nIt returns True, False or NotImplemented; "
    "NotImplemented lets the normal algorithm decide.\n"};

// An attribute of module copyreg (imported on first use). New reference or null.
Value copyreg_attr(VM& vm, const char* name) {
  Ref module = Ref::steal(vm::import_absolute(vm, vm.intern("copyreg")));
  if (module.is_null()) return Value();
  return getattr(vm, module.get(), vm.intern(name));
}

// The slot names of `type` (its __slotnames__, else copyreg._slotnames): a list, or None.
Value slot_names(VM& vm, TypeObject* type) {
  Value cached = dict_get_str(type->dict, vm.intern("__slotnames__"));
  if (!cached.is_null()) {
    if (!is_list(cached) && !is_none(cached))
      return vm.raise(&exc_TypeError, std::string(type->name) + ".__slotnames__ should be a list or None, not " +
                                          type_name(cached));
    incref(cached);
    return cached;
  }
  Ref fn = Ref::steal(copyreg_attr(vm, "_slotnames"));
  if (fn.is_null()) return Value();
  Value names = call1(vm, fn.get(), Value::from_object(type));
  if (names.is_null()) return Value();
  if (!is_list(names) && !is_none(names)) {
    decref(names);
    return vm.raise(&exc_TypeError, "copyreg._slotnames didn't return a list or None");
  }
  return names;
}

// object.__getstate__'s default: the instance dict (None if empty), paired with a dict of
// the set slots when there are any. `required`: the object must be rebuilt from its
// state alone, so C-level data outside dict and slots cannot be pickled.
Value default_state(VM& vm, Value obj, bool required) {
  TypeObject* type = type_of(obj);
  Ref state = Ref::steal(get_attribute_optional(vm, obj, vm.intern("__dict__")));
  if (state.is_null() && vm.has_error()) return Value();
  if (state.is_null() || (is_dict(state.get()) && as_dict(state.get())->used == 0)) state = Ref::borrow(none());
  Ref names = Ref::steal(slot_names(vm, type));
  if (names.is_null()) return Value();
  if (required) {
    // Data of a built-in base beyond object's header (other than list and dict, whose
    // items travel separately) is not in the state.
    TypeObject* layout = has_flag(type, kTypeHeap) ? type->static_base : type;
    if (layout != nullptr && layout != &object_type && layout != &list_type && layout != &dict_type &&
        layout->basic_size > object_type.basic_size)
      return vm.raise(&exc_TypeError, std::string("cannot pickle '") + type->name + "' object");
  }
  if (is_list(names.get()) && as_list(names.get())->size > 0) {
    Ref slots = Ref::steal(Value::from_object(dict_new()));
    ListObject* list = as_list(names.get());
    for (int64_t i = 0; i < list->size; ++i) {
      Value name = list->items[i];
      if (!is_str(name)) continue;
      Value value = get_attribute_optional(vm, obj, as_str(name));
      if (value.is_null()) {
        if (vm.has_error()) return Value();
        continue;
      }
      bool ok = dict_set(vm, as_dict(slots.get()), name, value);
      decref(value);
      if (!ok) return Value();
    }
    if (as_dict(slots.get())->used > 0)
      return Value::from_object(tuple_of({state.get(), slots.get()}));
  }
  return state.release();
}

bool is_default_getstate(Value getstate, Value obj) {
  if (type_of(getstate) != &builtin_function_type) return false;
  auto* f = static_cast<NativeFunctionObject*>(getstate.as_object());
  return f->def == &kGetstateDef && f->self.is(obj);
}

// obj.__getstate__(), or the default state when it is object's own.
Value object_state(VM& vm, Value obj, bool required) {
  Ref getstate = Ref::steal(getattr(vm, obj, vm.intern("__getstate__")));
  if (getstate.is_null()) return Value();
  if (is_default_getstate(getstate.get(), obj)) return default_state(vm, obj, required);
  return call0(vm, getstate.get());
}

// A special method looked up on the type and bound to obj; null with no error if absent.
Value special_method(VM& vm, Value obj, const char* name) {
  Value descr = type_lookup(type_of(obj), vm.intern(name));
  if (descr.is_null()) return Value();
  return getattr(vm, obj, vm.intern(name));
}

// __getnewargs_ex__ / __getnewargs__: *args (null when neither exists) and *kwargs.
bool new_arguments(VM& vm, Value obj, Ref* args, Ref* kwargs) {
  Ref method = Ref::steal(special_method(vm, obj, "__getnewargs_ex__"));
  if (vm.has_error()) return false;
  if (!method.is_null()) {
    Ref result = Ref::steal(call0(vm, method.get()));
    if (result.is_null()) return false;
    Value r = result.get();
    if (!is_tuple(r)) {
      vm.raise(&exc_TypeError, std::string("__getnewargs_ex__ should return a tuple, not '") + type_name(r) + "'");
      return false;
    }
    if (as_tuple(r)->size != 2) {
      vm.raise(&exc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not " +
                                    std::to_string(as_tuple(r)->size));
      return false;
    }
    Value a = as_tuple(r)->item(0), k = as_tuple(r)->item(1);
    if (!is_tuple(a)) {
      vm.raise(&exc_TypeError, std::string("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '") +
                                   type_name(a) + "'");
      return false;
    }
    if (!is_dict(k)) {
      vm.raise(&exc_TypeError, std::string("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '") +
                                   type_name(k) + "'");
      return false;
    }
    *args = Ref::borrow(a);
    *kwargs = Ref::borrow(k);
    return true;
  }
  method = Ref::steal(special_method(vm, obj, "__getnewargs__"));
  if (vm.has_error()) return false;
  if (!method.is_null()) {
    Ref result = Ref::steal(call0(vm, method.get()));
    if (result.is_null()) return false;
    if (!is_tuple(result.get())) {
      vm.raise(&exc_TypeError,
               std::string("__getnewargs__ should return a tuple, not '") + type_name(result.get()) + "'");
      return false;
    }
    *args = std::move(result);
  }
  return true;
}

// Protocol 2 and later: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems),
// or __newobj_ex__ with (cls, args, kwargs) when there are keyword arguments.
Value reduce_newobj(VM& vm, Value obj) {
  TypeObject* type = type_of(obj);
  if (type->new_instance == nullptr)
    return vm.raise(&exc_TypeError, std::string("cannot pickle '") + type->name + "' object");
  Ref args, kwargs;
  if (!new_arguments(vm, obj, &args, &kwargs)) return Value();
  bool has_args = !args.is_null();
  Ref newobj, newargs;
  Value cls = Value::from_object(type);
  if (kwargs.is_null() || as_dict(kwargs.get())->used == 0) {
    newobj = Ref::steal(copyreg_attr(vm, "__newobj__"));
    if (newobj.is_null()) return Value();
    int64_t n = has_args ? as_tuple(args.get())->size : 0;
    TupleObject* t = tuple_alloc(n + 1);
    incref(cls);
    t->items()[0] = cls;
    for (int64_t i = 0; i < n; ++i) {
      Value item = as_tuple(args.get())->item(i);
      incref(item);
      t->items()[i + 1] = item;
    }
    newargs = Ref::steal(Value::from_object(t));
  } else {
    newobj = Ref::steal(copyreg_attr(vm, "__newobj_ex__"));
    if (newobj.is_null()) return Value();
    newargs = Ref::steal(Value::from_object(tuple_of({cls, args.get(), kwargs.get()})));
  }
  Ref state = Ref::steal(object_state(vm, obj, !(has_args || is_list(obj) || is_dict(obj))));
  if (state.is_null()) return Value();
  Ref list_items = Ref::borrow(none());
  Ref dict_items = Ref::borrow(none());
  if (is_list(obj)) {
    list_items = Ref::steal(iter(vm, obj));
    if (list_items.is_null()) return Value();
  }
  if (is_dict(obj)) {
    Ref items = Ref::steal(call_method(vm, obj, vm.intern("items"), nullptr, 0));
    if (items.is_null()) return Value();
    dict_items = Ref::steal(iter(vm, items.get()));
    if (dict_items.is_null()) return Value();
  }
  return Value::from_object(tuple_of({newobj.get(), newargs.get(), state.get(), list_items.get(), dict_items.get()}));
}

Value common_reduce(VM& vm, Value self, int64_t protocol) {
  if (protocol >= 2) return reduce_newobj(vm, self);
  Ref fn = Ref::steal(copyreg_attr(vm, "_reduce_ex"));
  if (fn.is_null()) return Value();
  Value proto = make_int(protocol);
  Value r = call2(vm, fn.get(), self, proto);
  decref(proto);
  return r;
}

Value object_getstate_method(VM& vm, Value self, CallArgs) { return default_state(vm, self, false); }

Value object_reduce_method(VM& vm, Value self, CallArgs) { return common_reduce(vm, self, 0); }

Value object_reduce_ex_method(VM& vm, Value self, CallArgs args) {
  int64_t protocol = 0;
  if (!index_int64(vm, args.args[0], &protocol)) return Value();
  // A class that overrides __reduce__ gets it called (CPython's rule: the class's
  // attribute differs from object's).
  Ref reduce = Ref::steal(get_attribute_optional(vm, self, vm.intern("__reduce__")));
  if (reduce.is_null() && vm.has_error()) return Value();
  if (!reduce.is_null()) {
    Ref cls_reduce = Ref::steal(getattr(vm, Value::from_object(type_of(self)), vm.intern("__reduce__")));
    if (cls_reduce.is_null()) return Value();
    Value own = dict_get_str(object_type.dict, vm.intern("__reduce__"));
    if (!cls_reduce.get().is(own)) return call0(vm, reduce.get());
  }
  return common_reduce(vm, self, protocol);
}

Value object_subclasshook(VM&, Value, CallArgs) { return not_implemented(); }

void add_method(const MethodDef* def) {
  auto* d = alloc<MethodDescriptorObject>(&method_descriptor_type);
  d->def = def;
  d->owner = &object_type;
  d->refcount = kImmortalRefcount;
  dict_set_str(object_type.dict, intern_static(def->name), Value::from_object(d));
}

}  // namespace

void add_object_pickle_methods() {
  add_method(&kReduceExDef);
  add_method(&kReduceDef);
  add_method(&kGetstateDef);
  add_static_classmethod(&object_type, &kSubclasshookDef);
}

}  // namespace glasspy::objects
