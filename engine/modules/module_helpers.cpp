// Small helpers the built-in modules share to fill their namespaces (modules stage).
#include "modules/builtin_modules.h"
#include "objects/dict_object.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

void add_functions(vm::VM& vm, ModuleObject* m, const MethodDef* defs) {
  Value name = dict_get_str(m->dict, vm.intern("__name__"));
  for (const MethodDef* def = defs; def->name != nullptr; ++def) {
    NativeFunctionObject* f = native_function_new(def, Value::from_object(m), name);
    dict_set_str(m->dict, vm.intern(def->name), Value::from_object(f));
    decref(f);
  }
}

void add_value(vm::VM& vm, ModuleObject* m, const char* name, Value value) {
  dict_set_str(m->dict, vm.intern(name), value);
}

void add_owned(vm::VM& vm, ModuleObject* m, const char* name, Value value) {
  dict_set_str(m->dict, vm.intern(name), value);
  decref(value);
}

}  // namespace glasspy::modules
