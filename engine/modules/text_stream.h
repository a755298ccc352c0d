// The standard streams (modules stage): sys.stdin, sys.stdout and sys.stderr as small
// text streams over the host's sinks and stdin source (CPython's _io.TextIOWrapper).
#pragma once
#include "objects/type_object.h"

namespace glasspy::modules {

extern objects::TypeObject text_stream_type;

enum class StreamKind : uint8_t { kStdin, kStdout, kStderr };

// A new stream object for `kind` (new reference).
objects::Value text_stream_new(StreamKind kind);

void init_text_stream_type();

}  // namespace glasspy::modules
