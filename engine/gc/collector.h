// The cycle collector (memory stage, DESIGN.md decision 5): container objects are linked
// into generation lists through their GcHeader; collection finds unreachable cycles from
// the objects' own references (type traverse functions), never by scanning the stack.
#pragma once
#include <cstdint>

#include "objects/object.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::gc {

// Links a new container into the youngest generation (it must have a GcHeader).
void track(objects::Object* object);
// Unlinks it (before it is freed).
void untrack(objects::Object* object);

}  // namespace glasspy::gc
