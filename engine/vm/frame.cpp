// Frames and the VM-owned frame stack (VM stage): see frame.h.
#include "vm/frame.h"

#include <cstdlib>
#include <cstring>

namespace glasspy::vm {

namespace {
constexpr size_t kChunkSize = size_t{1} << 20;  // 1 MiB of frames per chunk
}

size_t frame_size(const CodeObject* code) {
  return sizeof(Frame) + (code->nlocalsplus + code->stacksize) * sizeof(Value);
}

FrameStack::FrameStack() = default;

FrameStack::~FrameStack() {
  for (Chunk& c : chunks_) std::free(c.memory);
}

Frame* FrameStack::push(CodeObject* code) {
  size_t size = (frame_size(code) + 15) & ~size_t{15};
  while (current_ < chunks_.size() && chunks_[current_].used + size > chunks_[current_].size) ++current_;
  if (current_ == chunks_.size()) {
    size_t chunk_size = size > kChunkSize ? size : kChunkSize;
    char* memory = static_cast<char*>(std::malloc(chunk_size));
    if (memory == nullptr) std::abort();
    chunks_.push_back(Chunk{memory, chunk_size, 0});
  }
  Chunk& c = chunks_[current_];
  Frame* frame = reinterpret_cast<Frame*>(c.memory + c.used);
  std::memset(static_cast<void*>(frame), 0, size);
  c.used += size;
  return frame;
}

void FrameStack::pop(Frame* frame) {
  char* at = reinterpret_cast<char*>(frame);
  // Frames are LIFO: the popped one is the last in the current chunk, or the chunk is
  // now empty and an earlier chunk holds the new top.
  while (true) {
    Chunk& c = chunks_[current_];
    if (at >= c.memory && at < c.memory + c.size) {
      c.used = static_cast<size_t>(at - c.memory);
      return;
    }
    c.used = 0;
    if (current_ == 0) std::abort();
    --current_;
  }
}

void clear_frame(Frame* frame) {
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
