// Attribute and type-test built-ins (builtins stage): callable, getattr/setattr/delattr/hasattr, isinstance/issubclass.
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_callable(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "callable() not implemented yet"); }
Value builtin_getattr(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "getattr() not implemented yet"); }
Value builtin_setattr(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "setattr() not implemented yet"); }
Value builtin_delattr(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "delattr() not implemented yet"); }
Value builtin_hasattr(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "hasattr() not implemented yet"); }
Value builtin_isinstance(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "isinstance() not implemented yet"); }
Value builtin_issubclass(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "issubclass() not implemented yet"); }

}  // namespace glasspy::builtins
