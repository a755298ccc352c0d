// The itertools module (modules stage): not written yet.
#include "modules/builtin_modules.h"
#include "vm/vm.h"

namespace glasspy::modules {

objects::ModuleObject* make_itertools_module(vm::VM& vm) { return objects::module_new(vm, vm.intern("itertools")); }

}  // namespace glasspy::modules
