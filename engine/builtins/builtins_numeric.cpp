// Numeric built-ins (builtins stage): abs, bin/oct/hex, divmod, pow, round, chr/ord, hash, id.
#include "builtins/builtins_internal.h"

#include "objects/exception_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

Value builtin_abs(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "abs() not implemented yet"); }
Value builtin_bin(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "bin() not implemented yet"); }
Value builtin_oct(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "oct() not implemented yet"); }
Value builtin_hex(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "hex() not implemented yet"); }
Value builtin_divmod(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "divmod() not implemented yet"); }
Value builtin_pow(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "pow() not implemented yet"); }
Value builtin_round(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "round() not implemented yet"); }
Value builtin_chr(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "chr() not implemented yet"); }
Value builtin_ord(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "ord() not implemented yet"); }
Value builtin_hash(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "hash() not implemented yet"); }
Value builtin_id(VM& vm, Value, CallArgs) { return vm.raise(&exc_SystemError, "id() not implemented yet"); }

}  // namespace glasspy::builtins
