// The memoryview type (builtins stage): a view of the bytes of a bytes or bytearray
// object, format 'B' (one unsigned byte per item), one dimension.
#pragma once
#include <cstdint>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::builtins {

extern objects::TypeObject memoryview_type;

struct MemoryViewObject : objects::Object {
  objects::Value base;     // the bytes / bytearray viewed (owned); null once released
  int64_t start = 0;       // first byte of the view in the base's buffer
  int64_t length = 0;      // items (bytes) in the view
  int64_t step = 1;        // distance between items (slices of a view)
  bool readonly = true;
  bool released = false;
};

// Fills and readies the type (called by init_builtins; idempotent).
void init_memoryview_type();

}  // namespace glasspy::builtins
