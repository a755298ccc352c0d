// The names CPython's site module adds to builtins (builtins stage): exit, quit,
// copyright, credits, license and help.
#include "builtins/builtins_internal.h"

#include "objects/dict_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

void add_site_builtins(VM&, objects::DictObject*) {}

}  // namespace glasspy::builtins
