// The import system (VM stage): IMPORT_NAME, IMPORT_FROM, IMPORT_STAR and __import__.
#include "vm/vm_import.h"

#include "objects/exception_object.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

Value import_module_level(VM& vm, Value, Value, Value, int) {
  return vm.raise(&exc_SystemError, "import not implemented yet");
}

Value import_absolute(VM& vm, StrObject*) { return vm.raise(&exc_SystemError, "import not implemented yet"); }

Value VM::import_name(Frame*, Value, Value, Value) { return raise(&exc_SystemError, "import not implemented yet"); }

Value VM::import_from(Value, Value) { return raise(&exc_SystemError, "import not implemented yet"); }

bool VM::import_star(Frame*, Value) {
  raise(&exc_SystemError, "import not implemented yet");
  return false;
}

}  // namespace glasspy::vm
