// printf-style formatting (object model): str % args and bytes % args (in progress).
#include "objects/exception_object.h"
#include "objects/str_methods.h"
#include "vm/vm.h"

namespace glasspy::objects {

Value str_percent_format(VM& vm, StrObject*, Value) { return vm.raise(&exc_NotImplementedError, "str % args"); }

Value bytes_percent_format(VM& vm, std::string_view, Value, bool) {
  return vm.raise(&exc_NotImplementedError, "bytes % args");
}

}  // namespace glasspy::objects
