// __import__ (builtins stage): the function the import statement's machinery exposes;
// checks its arguments as CPython does and hands over to vm/vm_import.
#include "builtins/builtins_internal.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"
#include "vm/vm_import.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin___import__(VM& vm, Value, CallArgs args) {
  Value p[5];
  if (!vm::parse_args(vm, args, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, p)) return Value();
  int64_t level = 0;
  if (!p[4].is_null() && !index_int64(vm, p[4], &level)) return Value();
  if (!is_str(p[0])) return vm.raise(&exc_TypeError, "module name must be a string");
  if (level < 0) return vm.raise(&exc_ValueError, "level must be >= 0");
  if (level == 0 && as_str(p[0])->length == 0) return vm.raise(&exc_ValueError, "Empty module name");
  return vm::import_module_level(vm, p[0], p[1], p[3], static_cast<int>(level));
}

}  // namespace glasspy::builtins
