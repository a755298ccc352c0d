// Storage whose size a program chooses (repetition, padding, constructors from a count,
// containers presized from a length hint): MemoryError at once when it cannot be had, as
// CPython raises when malloc fails, instead of aborting the engine or filling memory first.
#pragma once
#include <cstdint>

#include "objects/object.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::objects {

// The bit of the VM's interrupt flag that makes its next check raise MemoryError (see
// request_memory_error). Beside gc::kCollectRequestBit.
inline constexpr int32_t kMemoryErrorRequestBit = 1 << 29;

// For growth that cannot report failure where it happens (list.append's amortised
// growth): it fell back to the bare minimum, and the current VM raises MemoryError at its
// next check (a backward jump, a call), before the program can go much further.
void request_memory_error();

// Raises MemoryError() (no arguments, as CPython's PyErr_NoMemory). Returns null.
Value raise_memory_error(vm::VM& vm);

// True if `count` items of `item_size` bytes can be allocated; otherwise raises
// MemoryError and returns false. Sizes past the address space fail at once; large ones
// are tried with malloc (and given back), small ones pass without a test.
[[nodiscard]] bool check_allocation(vm::VM& vm, uint64_t count, uint64_t item_size = 1);

// The result of a format spec is at least its width long: MemoryError when that many
// bytes cannot be allocated (CPython fails allocating the padded result).
template <class Spec>
[[nodiscard]] bool can_hold_width(vm::VM& vm, const Spec& spec) {
  return spec.width <= 0 || check_allocation(vm, static_cast<uint64_t>(spec.width));
}

// For containers built from an iterable: a range's length (what CPython's length hint
// reads) checked as check_allocation(length, item_size) before any item is made;
// OverflowError if the length does not fit in an index. Other iterables pass.
[[nodiscard]] bool check_presize(vm::VM& vm, Value iterable, uint64_t item_size);

}  // namespace glasspy::objects
