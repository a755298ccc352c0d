// The cycle collector (memory stage). For now only the tracking lists; collection comes
// with the gc module.
#include "gc/collector.h"

#include "objects/alloc.h"

namespace glasspy::gc {

using objects::GcHeader;
using objects::Object;

void track(Object* object) {
  // Not linked into lists yet: the flag alone records that the object takes part.
  object->flags |= objects::kGcTracked;
}

void untrack(Object* object) { object->flags &= ~objects::kGcTracked; }

}  // namespace glasspy::gc
