// Zeroed storage for heap objects (object model): blocks of up to kSmallLimit bytes come
// from per-size free lists carved out of large arenas, bigger ones from malloc. Objects
// are allocated and freed at a high rate (tuples, iterators, frames of generators, bound
// methods...), and glibc's malloc falls off its fast path when many of one size are live.
#pragma once
#include <cstddef>

namespace glasspy::objects {

// `size` zeroed bytes, 8-byte aligned. Never null (aborts when out of memory).
void* small_calloc(size_t size);
// Releases storage from small_calloc.
void small_free(void* block);

}  // namespace glasspy::objects
