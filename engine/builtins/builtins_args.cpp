// Argument helpers of the built-in functions (builtins stage): the keyword checks of
// functions whose positional parameters are positional-only (print, sum, max, sorted...).
#include <string>

#include "builtins/builtins_internal.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

bool bind_keywords(VM& vm, CallArgs args, const char* fname, std::initializer_list<const char*> names, Value* out) {
  size_t count = names.size();
  for (size_t i = 0; i < count; ++i) out[i] = Value();
  size_t nkw = args.nkw();
  for (size_t k = 0; k < nkw; ++k) {
    StrObject* key = as_str(args.kwnames->item(static_cast<int64_t>(k)));
    size_t i = 0;
    for (const char* name : names) {
      if (str_equals_utf8(key, name)) break;
      ++i;
    }
    if (i == count) {
      std::string message = "'";
      message += str_utf8(key);
      message += "' is an invalid keyword argument for ";
      message += fname;
      message += "()";
      vm.raise(&exc_TypeError, message);
      return false;
    }
    out[i] = args.kw_value(k);
  }
  return true;
}

bool check_positional_range(VM& vm, CallArgs args, const char* fname, size_t min, size_t max) {
  if (args.nargs < min) {
    vm.raise(&exc_TypeError, std::string(fname) + "() takes at least " + std::to_string(min) + " positional argument" +
                                 (min == 1 ? "" : "s") + " (" + std::to_string(args.nargs) + " given)");
    return false;
  }
  size_t total = args.nargs + args.nkw();
  if (total > max) {
    vm.raise(&exc_TypeError, std::string(fname) + "() takes at most " + std::to_string(max) + " argument" +
                                 (max == 1 ? "" : "s") + " (" + std::to_string(total) + " given)");
    return false;
  }
  return true;
}

Value call_special(VM& vm, Value v, const char* name, const Value* args, size_t nargs, bool* found) {
  Value fn = type_lookup(vm, type_of(v), name);
  *found = !fn.is_null();
  if (fn.is_null()) return Value();
  Value full[4];
  full[0] = v;
  for (size_t i = 0; i < nargs && i < 3; ++i) full[i + 1] = args[i];
  Ref hold = Ref::borrow(fn);
  return call(vm, fn, CallArgs{full, nargs + 1, nullptr});
}

}  // namespace glasspy::builtins
