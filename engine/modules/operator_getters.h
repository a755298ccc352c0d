// operator.itemgetter, attrgetter and methodcaller (modules stage): callable objects
// that fetch items, attributes or call methods of their argument.
#pragma once
#include "objects/type_object.h"

namespace glasspy::modules {

extern objects::TypeObject itemgetter_type;
extern objects::TypeObject attrgetter_type;
extern objects::TypeObject methodcaller_type;

// Readies the three types (idempotent).
void init_operator_getter_types();

}  // namespace glasspy::modules
