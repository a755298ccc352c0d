// The _weakref module (modules stage): ref, proxy and the weakref counts, on which
// engine/lib/weakref.py builds WeakValueDictionary, WeakKeyDictionary, WeakSet,
// WeakMethod and finalize.
#include <string>

#include "modules/builtin_modules.h"
#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/weakref_object.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

namespace {

Value weakref_getweakrefcount(VM&, Value, CallArgs args) {
  Value v = args.args[0];
  return make_int(v.is_object() ? weakref_count(v.as_object()) : 0);
}

Value weakref_getweakrefs(VM&, Value, CallArgs args) {
  Value v = args.args[0];
  ListObject* result = list_new();
  if (v.is_object())
    for (WeakrefObject* wr = first_weakref(v.as_object()); wr != nullptr; wr = wr->next)
      list_append(result, Value::from_object(wr));
  return Value::from_object(result);
}

Value weakref_proxy(VM& vm, Value, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "proxy() takes no keyword arguments");
  if (args.nargs < 1 || args.nargs > 2)
    return vm.raise(&exc_TypeError, std::string("proxy expected at ") + (args.nargs < 1 ? "least 1" : "most 2") +
                                        " argument" + (args.nargs < 1 ? "" : "s") + ", got " + std::to_string(args.nargs));
  return weakproxy_new(vm, args.args[0], args.nargs > 1 ? args.args[1] : Value());
}

// _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weakref.
Value weakref_remove_dead(VM& vm, Value, CallArgs args) {
  if (!is_dict(args.args[0]))
    return vm.raise(&exc_TypeError, std::string("_remove_dead_weakref() argument 1 must be dict, not ") +
                                        type_name(args.args[0]));
  DictObject* d = as_dict(args.args[0]);
  bool error = false;
  Value v = dict_get(vm, d, args.args[1], &error);
  if (error) return Value();
  if (!v.is_null() && is_subtype(type_of(v), &weakref_type) &&
      static_cast<WeakrefObject*>(v.as_object())->referent == nullptr) {
    if (dict_delete(vm, d, args.args[1]) < 0) return Value();
  }
  return none();
}

const MethodDef kWeakrefFunctions[] = {
    {"getweakrefcount", weakref_getweakrefcount, ArgShape::kOneArg, 1, 1,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", weakref_getweakrefs, ArgShape::kOneArg, 1, 1,
     "getweakrefs(object) -- return a list of all weak reference objects\nthat point to 'object'."},
    {"proxy", weakref_proxy, ArgShape::kKeywords, 0, 0,
     "proxy(object[, callback]) -- create a proxy object that weakly\nreferences 'object'.  'callback', if given, is called with a\nreference to the proxy when 'object' is about to be finalized."},
    {"_remove_dead_weakref", weakref_remove_dead, ArgShape::kPositional, 2, 2,
     "Atomically remove key from dict if it points to a dead weakref."},
    {nullptr, nullptr},
};

}  // namespace

ModuleObject* make_weakref_module(vm::VM& vm) {
  init_weakref_types();
  ModuleObject* m = module_new(vm, vm.intern("_weakref"));
  add_owned(vm, m, "__doc__", Value::from_object(str_from_utf8("Weak-reference support module.")));
  add_functions(vm, m, kWeakrefFunctions);
  add_value(vm, m, "ref", Value::from_object(&weakref_type));
  add_value(vm, m, "ReferenceType", Value::from_object(&weakref_type));
  add_value(vm, m, "ProxyType", Value::from_object(&weakproxy_type));
  add_value(vm, m, "CallableProxyType", Value::from_object(&weakcallableproxy_type));
  return m;
}

}  // namespace glasspy::modules
