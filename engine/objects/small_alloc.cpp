// Zeroed storage for heap objects (object model): see small_alloc.h. Every block starts
// with an 8-byte word naming its size class (kLarge: it came from malloc), so freeing
// needs no size. Free blocks of a class are linked through their first word.
#include "objects/small_alloc.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace glasspy::objects {

namespace {

constexpr size_t kGranule = 16;
// Under AddressSanitizer every block comes from malloc, so that use-after-free is caught.
#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kSmallLimit = 0;
#else
constexpr size_t kSmallLimit = 512;  // header included
#endif
constexpr size_t kClasses = kSmallLimit / kGranule + 1;
constexpr uint64_t kLarge = ~uint64_t{0};
constexpr size_t kArenaSize = size_t{256} << 10;

struct FreeBlock {
  FreeBlock* next;
};

// Process-wide, as malloc's own state: several interpreters in one process share it.
FreeBlock* free_lists[kClasses];
char* arena_next = nullptr;
char* arena_end = nullptr;

[[noreturn]] void out_of_memory() {
  std::fputs("glasspy: out of memory\n", stderr);
  std::abort();
}

char* carve(size_t bytes) {
  if (static_cast<size_t>(arena_end - arena_next) < bytes) {
    // The rest of the old arena is dropped (at most kSmallLimit bytes).
    arena_next = static_cast<char*>(std::malloc(kArenaSize));
    if (arena_next == nullptr) out_of_memory();
    arena_end = arena_next + kArenaSize;
  }
  char* block = arena_next;
  arena_next += bytes;
  return block;
}

// Clears `bytes` (a multiple of kGranule) with fixed-size stores: `rep stos`, which a
// variable-size memset becomes, costs more than the whole allocation otherwise.
inline void zero(char* p, size_t bytes) {
  char* end = p + bytes;
  for (; p + 64 <= end; p += 64) std::memset(p, 0, 64);
  if (p + 32 <= end) {
    std::memset(p, 0, 32);
    p += 32;
  }
  if (p < end) std::memset(p, 0, 16);
}

}  // namespace

void* small_calloc(size_t size) {
  size_t total = size + sizeof(uint64_t);
  if (total <= kSmallLimit) {
    size_t cls = (total - 1) / kGranule;
    size_t bytes = (cls + 1) * kGranule;
    char* block;
    if (FreeBlock* f = free_lists[cls]) {
      free_lists[cls] = f->next;
      block = reinterpret_cast<char*>(f);
    } else {
      block = carve(bytes);
    }
    zero(block, bytes);
    *reinterpret_cast<uint64_t*>(block) = cls;
    return block + sizeof(uint64_t);
  }
  char* block = static_cast<char*>(std::calloc(1, total));
  if (block == nullptr) out_of_memory();
  *reinterpret_cast<uint64_t*>(block) = kLarge;
  return block + sizeof(uint64_t);
}

void small_free(void* p) {
  char* block = static_cast<char*>(p) - sizeof(uint64_t);
  uint64_t cls = *reinterpret_cast<uint64_t*>(block);
  if (cls == kLarge) {
    std::free(block);
    return;
  }
  FreeBlock* f = reinterpret_cast<FreeBlock*>(block);
  f->next = free_lists[cls];
  free_lists[cls] = f;
}

}  // namespace glasspy::objects
