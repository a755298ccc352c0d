// The standard streams (modules stage): sys.stdin, sys.stdout and sys.stderr as small
// text streams over the host's sinks and stdin source (CPython's _io.TextIOWrapper).
#pragma once
#include "objects/type_object.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::modules {

extern objects::TypeObject text_stream_type;

enum class StreamKind : uint8_t { kStdin, kStdout, kStderr };

// A new stream object for `kind` (new reference).
objects::Value text_stream_new(StreamKind kind);

void init_text_stream_type();

// Drops what sys.__stdin__ read from the host and has not returned yet: an embedder starts
// each program with nothing left over from the last one.
void text_stream_forget_input(vm::VM& vm);

}  // namespace glasspy::modules
