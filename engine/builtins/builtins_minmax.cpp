// max and min (builtins stage), with key= and default=.
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_max(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "max() not implemented yet"); }
Value builtin_min(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "min() not implemented yet"); }

}  // namespace glasspy::builtins
