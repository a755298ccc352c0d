// compile, eval and exec (builtins stage): source to code objects through the parser and compiler, run by the VM.
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_compile(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "compile() not implemented yet"); }
Value builtin_eval(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "eval() not implemented yet"); }
Value builtin_exec(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "exec() not implemented yet"); }

}  // namespace glasspy::builtins
