// The memoryview type (builtins stage): views of bytes and bytearray buffers.
#include "builtins/memoryview_object.h"

namespace glasspy::builtins {

objects::TypeObject memoryview_type;

void init_memoryview_type() {}

}  // namespace glasspy::builtins
