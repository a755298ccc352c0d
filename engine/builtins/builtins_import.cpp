// __import__ (builtins stage): the import statement's function, over the VM's import machinery.
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin___import__(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "__import__() not implemented yet"); }

}  // namespace glasspy::builtins
