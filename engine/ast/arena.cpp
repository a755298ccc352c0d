// Arena allocation for syntax trees (parsing stage): chunk management behind Arena.
#include "ast/arena.h"

#include <cstdlib>
#include <utility>

namespace glasspy::ast {
namespace {

constexpr size_t kMaxChunkSize = 1024 * 1024;

}  // namespace

Arena::~Arena() {
  while (chunks_ != nullptr) {
    Chunk* next = chunks_->next;
    std::free(chunks_);
    chunks_ = next;
  }
}

void* Arena::allocate_slow(size_t size, size_t align) {
  size_t header = (sizeof(Chunk) + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
  size_t chunk_size = next_chunk_size_;
  if (size + align > chunk_size - header) chunk_size = size + align + header;
  auto* chunk = static_cast<Chunk*>(std::malloc(chunk_size));
  if (chunk == nullptr) {
    // Out of memory is not a recoverable state for the parser's callers.
    std::abort();
  }
  chunk->next = chunks_;
  chunk->size = chunk_size;
  chunks_ = chunk;
  reserved_ += chunk_size;
  used_ += static_cast<size_t>(cur_ - chunk_start_);
  chunk_start_ = reinterpret_cast<char*>(chunk) + header;
  cur_ = chunk_start_;
  end_ = reinterpret_cast<char*>(chunk) + chunk_size;
  if (next_chunk_size_ < kMaxChunkSize) next_chunk_size_ *= 2;
  return allocate(size, align);
}

void Arena::swap(Arena& other) noexcept {
  std::swap(cur_, other.cur_);
  std::swap(end_, other.end_);
  std::swap(chunk_start_, other.chunk_start_);
  std::swap(chunks_, other.chunks_);
  std::swap(used_, other.used_);
  std::swap(reserved_, other.reserved_);
  std::swap(next_chunk_size_, other.next_chunk_size_);
}

}  // namespace glasspy::ast
