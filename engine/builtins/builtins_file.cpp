// open() and its file objects (builtins stage), over the host's files.
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_open(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "open() not implemented yet"); }
void init_file_type() {}

}  // namespace glasspy::builtins
