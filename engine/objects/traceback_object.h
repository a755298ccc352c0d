// Traceback objects (object model): one entry per frame an exception passed through, linked
// from the outermost frame (tb_next towards where it was raised), as CPython's.
// Each entry records the code object and the instruction offset; the line number is
// computed from the code's line table when first asked for (raising stays cheap).
#pragma once
#include "objects/callable_objects.h"
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::vm {
struct Frame;
}

namespace glasspy::objects {

extern TypeObject traceback_type;

struct TracebackObject : Object {
  TracebackObject* next = nullptr;  // tb_next (owned), null: None
  Value frame;                      // tb_frame: a frame object (owned), or null
  CodeObject* code = nullptr;       // the frame's code (owned)
  DictObject* globals = nullptr;    // the frame's globals (owned; NameError suggestions), or null
  int lasti = 0;                    // tb_lasti: byte offset of the instruction (code unit * 2)
  int lineno = kUnknownLine;        // tb_lineno once computed; kUnknownLine: not yet
  static constexpr int kUnknownLine = -2;
};

inline bool is_traceback(Value v) { return v.is_object() && v.as_object()->type == &traceback_type; }
inline TracebackObject* as_traceback(Value v) { return static_cast<TracebackObject*>(v.as_object()); }

// A new entry for an exception passing through a frame running `code` at instruction
// `code_unit` (its index in code units), in front of `next` (borrowed, may be null): what
// the VM adds as the exception leaves or is caught in each frame (PyTraceBack_Here).
// `frame` may be null; `globals` (the frame's, borrowed, may be null) lets the printer
// suggest global names for a NameError while frames are not objects. New reference.
TracebackObject* traceback_new(TracebackObject* next, Value frame, CodeObject* code, int code_unit,
                               DictObject* globals = nullptr);

// PyTraceBack_Here: puts a new entry for `frame` (at its current instruction, with its
// frame object, made if needed) in front of the exception's __traceback__.
void traceback_here(Value exception, vm::Frame* frame);

// The source line of the entry (co_positions of its instruction), -1 if none. Cached.
int traceback_lineno(TracebackObject* tb);

// Fills the traceback and frame types; ready_traceback_types() readies both (called by
// ready_exception_types()).
void init_traceback_type();
void ready_traceback_types();

}  // namespace glasspy::objects
