// Iteration built-ins (builtins stage): all, any, iter, next, aiter, anext, len, sorted, sum.
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_all(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "all() not implemented yet"); }
Value builtin_any(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "any() not implemented yet"); }
Value builtin_iter(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "iter() not implemented yet"); }
Value builtin_next(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "next() not implemented yet"); }
Value builtin_aiter(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "aiter() not implemented yet"); }
Value builtin_anext(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "anext() not implemented yet"); }
Value builtin_len(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "len() not implemented yet"); }
Value builtin_sorted(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "sorted() not implemented yet"); }
Value builtin_sum(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "sum() not implemented yet"); }

}  // namespace glasspy::builtins
