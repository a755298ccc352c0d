// MemoryError for program-sized allocations (object model): see memory_limit.h.
#include "objects/memory_limit.h"

#include <cstdlib>

#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/range_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

namespace {

// Beyond any process's address space: 2 GiB on wasm32 (and other 32-bit targets), less a
// margin so that the allocator's own size arithmetic cannot wrap, and 1 TiB natively (also
// the most AddressSanitizer's allocator serves without aborting).
constexpr uint64_t kMaxBytes = sizeof(void*) == 4 ? (uint64_t{1} << 31) - (uint64_t{1} << 24) : (uint64_t{1} << 40);
// Requests from this size on are tried before the work that would fill them starts.
constexpr uint64_t kProbeBytes = uint64_t{64} << 20;

}  // namespace

void request_memory_error() {
  vm::VM* vm = vm::VM::current();
  if (vm != nullptr) vm->interrupt_flag()->fetch_or(kMemoryErrorRequestBit, std::memory_order_relaxed);
}

Value raise_memory_error(vm::VM& vm) { return vm.raise_value(Value::from_object(&exc_MemoryError)); }

bool check_allocation(vm::VM& vm, uint64_t count, uint64_t item_size) {
  if (item_size != 0 && count > kMaxBytes / item_size) {
    raise_memory_error(vm);
    return false;
  }
  uint64_t bytes = count * item_size;
  if (bytes < kProbeBytes) return true;
  void* probe = std::malloc(static_cast<size_t>(bytes));
  if (probe == nullptr) {
    raise_memory_error(vm);
    return false;
  }
  std::free(probe);
  return true;
}

bool check_presize(vm::VM& vm, Value iterable, uint64_t item_size) {
  if (!is_range(iterable)) return true;
  RangeObject* r = as_range(iterable);
  int64_t n = r->length64;
  if (!r->small && !int_to_int64(r->length, &n)) {
    vm.raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return check_allocation(vm, static_cast<uint64_t>(n), item_size);
}

}  // namespace glasspy::objects
