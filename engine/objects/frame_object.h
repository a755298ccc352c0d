// Frame objects (object model): the Python view of a VM frame (sys._getframe(), tb_frame,
// gi_frame), made on demand as CPython 3.11 does. While the frame runs (or a generator is
// suspended) the object reads the VM's frame; when the frame finishes while the object is
// still referenced, the object takes over its locals (CPython's take_ownership), so a kept
// traceback keeps the locals of every frame it passed through alive.
#pragma once
#include "objects/callable_objects.h"
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::vm {
struct Frame;
}

namespace glasspy::objects {

extern TypeObject frame_type;

struct FrameObject : Object {
  vm::Frame* live = nullptr;       // the VM frame while it exists; null once detached
  CodeObject* code = nullptr;      // f_code (owned)
  // Set when the frame finished (detached); read from `live` before.
  DictObject* globals = nullptr;   // owned
  DictObject* builtins = nullptr;  // owned
  Value locals;                    // the f_locals mapping (owned), or null
  FrameObject* back = nullptr;     // f_back (owned), or null
  int lasti = 0;                   // the last instruction, in code units
  Value trace;                     // f_trace: the local trace function (owned), or null
  bool trace_lines = true;         // f_trace_lines
  bool trace_opcodes = false;      // f_trace_opcodes
  int nfast = 0;                   // fast[] slots (the code's nlocalsplus)
  Value fast[1];                   // detached: the fast locals, cells and free variables (owned)
};

inline bool is_frame_object(Value v) { return v.is_object() && v.as_object()->type == &frame_type; }
inline FrameObject* as_frame_object(Value v) { return static_cast<FrameObject*>(v.as_object()); }

// The frame object of a VM frame, made on first use (the frame keeps a reference to it).
// Borrowed.
FrameObject* frame_object_of(vm::Frame* frame);

// The source line of instruction `code_unit` of `code` (co_positions), -1 if none.
int code_line_at(CodeObject* code, int code_unit);

// A function frame's locals() dict: `*slot` (made if null) refreshed from the fast locals,
// cells and free variables in `fast` (unbound names removed, other keys kept). New
// reference.
Value refresh_fast_locals(VM& vm, CodeObject* code, const Value* fast, Value* slot);

// The frame object's f_locals (new reference, null on error).
Value frame_object_locals(VM& vm, FrameObject* f);

// sys._getframe([depth]).
Value sys_getframe(VM& vm, Value self, CallArgs args);

void init_frame_type();

}  // namespace glasspy::objects
