// Text built-ins (builtins stage): ascii, repr, format (PyObject_Format's rules: empty
// spec fast paths, then type(value).__format__(value, spec), whose result must be a str).
#include <string>

#include "builtins/builtins_internal.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_ascii(VM& vm, Value, CallArgs args) { return ascii(vm, args.args[0]); }
Value builtin_repr(VM& vm, Value, CallArgs args) { return repr(vm, args.args[0]); }

Value builtin_format(VM& vm, Value, CallArgs args) {
  Value value = args.args[0];
  Value spec = args.nargs > 1 ? args.args[1] : Value();
  if (!spec.is_null() && !is_str(spec))
    return vm.raise(&exc_TypeError, std::string("format() argument 2 must be str, not ") + type_name(spec));
  bool empty = spec.is_null() || as_str(spec)->length == 0;
  if (empty) {
    if (is_exact_str(value)) {
      incref(value);
      return value;
    }
    if (is_exact_int(value) || value.is_double()) return str(vm, value);
  }
  Value spec_arg = spec.is_null() ? Value::from_object(str_empty()) : spec;
  bool found = false;
  Value result = call_special(vm, value, "__format__", &spec_arg, 1, &found);
  if (!found)
    return vm.raise(&exc_TypeError, std::string("Type ") + type_of(value)->name + " doesn't define __format__");
  if (result.is_null() || is_str(result)) return result;
  vm.raise(&exc_TypeError, std::string("__format__ must return a str, not ") + type_name(result));
  decref(result);
  return Value();
}

}  // namespace glasspy::builtins
