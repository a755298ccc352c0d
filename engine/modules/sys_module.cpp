// The sys module (modules stage): not written yet.
#include "modules/builtin_modules.h"
#include "vm/vm.h"

namespace glasspy::modules {

objects::ModuleObject* make_sys_module(vm::VM& vm) {
  objects::ModuleObject* m = objects::module_new(vm, vm.intern("sys"));
  add_value(vm, m, "modules", objects::Value::from_object(vm.modules()));
  return m;
}

}  // namespace glasspy::modules
