// Frames and the VM-owned frame stack (VM stage): see frame.h.
#include "vm/frame.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>

namespace glasspy::vm {

namespace {
constexpr size_t kChunkSize = size_t{1} << 20;  // 1 MiB of frames per chunk
}

FrameStack::FrameStack() = default;

FrameStack::~FrameStack() {
  for (Chunk& c : chunks_) std::free(c.memory);
}

Frame* FrameStack::push_slow(CodeObject* code, size_t size, int first_null_local) {
  // The current chunk is full (or there is none): go on in the next one, allocating it
  // (or a bigger one) if needed. Frames in earlier chunks stay where they are.
  size_t next = chunks_.empty() ? 0 : current_ + 1;
  if (next < chunks_.size() && chunks_[next].size < size) {
    std::free(chunks_[next].memory);
    chunks_.erase(chunks_.begin() + static_cast<std::ptrdiff_t>(next));
  }
  if (next == chunks_.size() || chunks_[next].size < size) {
    size_t chunk_size = size > kChunkSize ? size : kChunkSize;
    char* memory = static_cast<char*>(std::malloc(chunk_size));
    if (memory == nullptr) std::abort();
    chunks_.insert(chunks_.begin() + static_cast<std::ptrdiff_t>(next), Chunk{memory, chunk_size});
  }
  current_ = next;
  base_ = chunks_[next].memory;
  limit_ = base_ + chunks_[next].size;
  Frame* frame = reinterpret_cast<Frame*>(base_);
  top_ = base_ + size;
  init_frame(frame, code, first_null_local);
  return frame;
}

void FrameStack::pop_slow(Frame* frame) {
  // Frames are LIFO: the popped one lies in an earlier chunk, which becomes current.
  char* at = reinterpret_cast<char*>(frame);
  while (true) {
    if (current_ == 0) std::abort();
    --current_;
    Chunk& c = chunks_[current_];
    if (at >= c.memory && at < c.memory + c.size) {
      base_ = c.memory;
      limit_ = c.memory + c.size;
      top_ = at;
      return;
    }
  }
}

}  // namespace glasspy::vm
