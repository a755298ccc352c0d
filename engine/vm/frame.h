// Frames (VM stage): one activation of a code object — its fast locals, cells and value
// stack in one block of Values — kept on a VM-owned stack, never on the C++ stack, so
// Python-to-Python calls do not recurse natively (DESIGN.md decision 2).
#pragma once
#include <cstdint>
#include <vector>

#include "objects/callable_objects.h"
#include "objects/object.h"

namespace glasspy::vm {

using objects::CodeObject;
using objects::DictObject;
using objects::FunctionObject;
using objects::Value;

struct Frame {
  CodeObject* code = nullptr;          // owned
  FunctionObject* function = nullptr;  // owned; null for module code run by run_code
  DictObject* globals = nullptr;       // owned
  DictObject* builtins = nullptr;      // owned
  Value locals;                        // owned mapping for module/class/exec code; null for functions
  Frame* previous = nullptr;
  const uint16_t* ip = nullptr;        // next code unit to execute
  const uint16_t* current = nullptr;   // the instruction being executed (its offset is lasti)
  Value* sp = nullptr;                 // one past the top of the value stack
  bool entry = false;                  // returning from it leaves the C++ call of the loop
  bool in_generator = false;           // lives inside a generator object, not on the frame stack
  objects::Object* frame_object = nullptr;  // owned: its Python frame object, once one was asked for
  Value* base() { return localsplus + code->nlocalsplus; }  // bottom of the value stack
  int lasti() const { return static_cast<int>(current - code->instructions.data()); }
  Value localsplus[1];                 // nlocalsplus slots, then stacksize stack slots
};

// Bytes of a frame for `code`.
inline size_t frame_size(const CodeObject* code) {
  return sizeof(Frame) + (code->nlocalsplus + code->stacksize) * sizeof(Value);
}

// LIFO storage for frames, in chunks so that a push never moves live frames. Pushing and
// popping within the current chunk are inline (a Python call does one of each).
class FrameStack {
 public:
  FrameStack();
  ~FrameStack();
  // A frame for `code` with its header zeroed (fields for the caller to set) and its fast
  // locals from `first_null_local` on null (the caller fills the ones before: a call's
  // arguments); its value stack is left uninitialised.
  Frame* push(CodeObject* code, int first_null_local = 0) {
    size_t size = (frame_size(code) + 15) & ~size_t{15};
    if (size > static_cast<size_t>(limit_ - top_)) return push_slow(code, size, first_null_local);
    Frame* frame = reinterpret_cast<Frame*>(top_);
    top_ += size;
    init_frame(frame, code, first_null_local);
    return frame;
  }
  // Frees the top frame's storage (after its references were dropped).
  void pop(Frame* frame) {
    char* at = reinterpret_cast<char*>(frame);
    if (at >= base_ && at < top_) {
      top_ = at;
      return;
    }
    pop_slow(frame);
  }

 private:
  struct Chunk {
    char* memory;
    size_t size;
  };
  // Field by field, inline: the compiler drops the stores the caller overwrites. (A memset
  // of the header became a libc call when frame_object grew it past 80 bytes: fib 15% slower.)
  static void init_frame(Frame* frame, CodeObject* code, int first_null_local) {
    frame->code = nullptr;
    frame->function = nullptr;
    frame->globals = nullptr;
    frame->builtins = nullptr;
    frame->locals = Value();
    frame->previous = nullptr;
    frame->ip = nullptr;
    frame->current = nullptr;
    frame->sp = nullptr;
    frame->entry = false;
    frame->in_generator = false;
    frame->frame_object = nullptr;
    Value* locals = frame->localsplus;
    for (int i = first_null_local, n = code->nlocalsplus; i < n; ++i) locals[i] = Value();
  }
  Frame* push_slow(CodeObject* code, size_t size, int first_null_local);
  void pop_slow(Frame* frame);
  std::vector<Chunk> chunks_;
  size_t current_ = 0;        // the chunk holding the top frame (valid if chunks_ not empty)
  char* base_ = nullptr;      // that chunk's memory
  char* top_ = nullptr;       // its first free byte
  char* limit_ = nullptr;     // its end
};

class VM;
// Enters the handler of the instruction being executed, if the code's exception table has
// one: cuts the value stack, pushes lasti if asked and the pending exception. True if so.
// `lasti` (>= 0) is the offset RERAISE restored: the handler is still looked up from the
// instruction executing, but the restored offset is what gets pushed (as CPython 3.11).
bool unwind_to_handler(VM& vm, Frame* frame, int lasti = -1);

// Hands a finishing frame's locals to its frame object when that outlives it
// (objects/frame_object.cpp); drops the frame's reference to it.
void detach_frame_object(Frame* frame);

// Drops a finished frame's references (locals, stack, code, function, namespaces).
// Inline: every return runs it.
inline void clear_frame(Frame* frame) {
  if (frame->frame_object != nullptr) detach_frame_object(frame);
  int n = frame->code->nlocalsplus;
  for (int i = 0; i < n; ++i) {
    Value v = frame->localsplus[i];
    frame->localsplus[i] = Value();
    objects::decref(v);
  }
  Value* base = frame->base();
  while (frame->sp > base) objects::decref(*--frame->sp);
  objects::decref(frame->locals);
  frame->locals = Value();
  if (frame->function) objects::decref(frame->function);
  objects::decref(frame->globals);
  objects::decref(frame->builtins);
  objects::decref(frame->code);
  frame->function = nullptr;
}

}  // namespace glasspy::vm
