// Namespace built-ins (builtins stage): dir, vars, globals, locals (the caller's frame).
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_dir(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "dir() not implemented yet"); }
Value builtin_vars(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "vars() not implemented yet"); }
Value builtin_globals(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "globals() not implemented yet"); }
Value builtin_locals(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "locals() not implemented yet"); }

}  // namespace glasspy::builtins
