// Console built-ins (builtins stage): print, input, breakpoint.
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_print(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "print() not implemented yet"); }
Value builtin_input(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "input() not implemented yet"); }
Value builtin_breakpoint(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "breakpoint() not implemented yet"); }

}  // namespace glasspy::builtins
