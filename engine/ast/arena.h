// Arena allocation for syntax trees (parsing stage): one arena per parse, every node and
// sequence bump-allocated in it and all freed at once when the arena goes. Nodes are plain
// trivially destructible structs, so there is no per-node malloc, refcount or destructor.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>

namespace glasspy::ast {

// A bump allocator over a chain of chunks (64 KiB first, growing to 1 MiB; a request larger
// than a chunk gets a chunk of its own).
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&& other) noexcept { swap(other); }
  Arena& operator=(Arena&& other) noexcept {
    Arena tmp(static_cast<Arena&&>(other));
    swap(tmp);
    return *this;
  }
  ~Arena();

  // Raw memory, aligned to `align` (a power of two no larger than alignof(max_align_t)).
  void* allocate(size_t size, size_t align) {
    auto p = (reinterpret_cast<uintptr_t>(cur_) + (align - 1)) & ~static_cast<uintptr_t>(align - 1);
    if (cur_ == nullptr || p + size > reinterpret_cast<uintptr_t>(end_)) return allocate_slow(size, align);
    cur_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }

  // A value-initialised T (all fields zero / null / empty).
  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T{};
  }

  // `count` value-initialised Ts.
  template <class T>
  T* make_array(size_t count) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    if (count == 0) return nullptr;
    T* items = static_cast<T*>(allocate(sizeof(T) * count, alignof(T)));
    for (size_t i = 0; i < count; ++i) new (items + i) T{};
    return items;
  }

  // A copy of `text` that lives as long as the arena (not NUL-terminated).
  std::string_view copy(std::string_view text) {
    if (text.empty()) return std::string_view("", 0);
    char* p = static_cast<char*>(allocate(text.size(), 1));
    std::memcpy(p, text.data(), text.size());
    return std::string_view(p, text.size());
  }

  // Bytes handed out so far, and bytes reserved from the system (for tests and benchmarks).
  size_t bytes_used() const { return used_ + static_cast<size_t>(cur_ - chunk_start_); }
  size_t bytes_reserved() const { return reserved_; }

 private:
  struct Chunk {
    Chunk* next;
    size_t size;
  };
  void* allocate_slow(size_t size, size_t align);
  void swap(Arena& other) noexcept;

  char* cur_ = nullptr;
  char* end_ = nullptr;
  char* chunk_start_ = nullptr;
  Chunk* chunks_ = nullptr;
  size_t used_ = 0;      // bytes used in chunks before the current one
  size_t reserved_ = 0;  // total chunk bytes
  size_t next_chunk_size_ = 64 * 1024;
};

}  // namespace glasspy::ast
