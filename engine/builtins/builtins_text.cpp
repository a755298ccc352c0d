// Text built-ins (builtins stage): ascii, repr, format.
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_ascii(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "ascii() not implemented yet"); }
Value builtin_repr(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "repr() not implemented yet"); }
Value builtin_format(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "format() not implemented yet"); }

}  // namespace glasspy::builtins
