// The memoryview type (builtins stage): views of the bytes of a bytes or bytearray object
// with a native struct format ('B', 'i', 'd', 'c', '?', ...), any number of dimensions
// (shape and strides in bytes), casts between formats and shapes, release.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::vm {
class VM;
}

namespace glasspy::builtins {

extern objects::TypeObject memoryview_type;
extern objects::TypeObject memory_iterator_type;

struct MemoryViewObject : objects::Object {
  objects::Value base;          // the bytes / bytearray viewed (owned)
  int64_t offset = 0;           // byte offset of the first item in the base's buffer
  std::string format = "B";     // as shown by .format ("B", "@i", ...)
  char code = 'B';              // the native struct character of the format
  int64_t itemsize = 1;
  std::vector<int64_t> shape;   // ndim entries (empty: a 0-dim view of one item)
  std::vector<int64_t> strides; // in bytes, may be negative
  bool readonly = true;
  bool released = false;

  int64_t ndim() const { return static_cast<int64_t>(shape.size()); }
};

inline bool is_memoryview(objects::Value v) { return v.is_object() && v.as_object()->type == &memoryview_type; }
inline MemoryViewObject* as_memoryview(objects::Value v) { return static_cast<MemoryViewObject*>(v.as_object()); }

// --- memoryview_items.cpp: the items of a view ---

// Size of one item of native format character `code`, or 0 if memoryview does not know it.
int64_t memoryview_itemsize(char code);
// The native format character of a format string ("B", "@i"), or 0 if not one.
char memoryview_native_code(std::string_view format);
// Start of the base object's buffer (writable only for a bytearray).
uint8_t* memoryview_base_data(const MemoryViewObject* m);
// The Python value of the item at `p` (new reference).
objects::Value memoryview_unpack(const MemoryViewObject* m, const uint8_t* p);
// Stores `value` as one item at `p`; false with TypeError/ValueError
// ("memoryview: invalid type for format 'B'").
[[nodiscard]] bool memoryview_pack(vm::VM& vm, const MemoryViewObject* m, objects::Value value, uint8_t* p);
// Number of items (product of the shape).
int64_t memoryview_item_count(const MemoryViewObject* m);
// True if the items are laid out one after the other in C (row-major) order.
bool memoryview_c_contiguous(const MemoryViewObject* m);
bool memoryview_f_contiguous(const MemoryViewObject* m);
// The bytes of the view in C order (or Fortran order if `fortran`).
std::string memoryview_bytes(const MemoryViewObject* m, bool fortran = false);
// tolist(): nested lists of items (the item itself for a 0-dim view). New reference.
objects::Value memoryview_tolist(const MemoryViewObject* m);
// Equality of two views' shapes and unpacked items: 1, 0, or -1 with an error raised.
int memoryview_equal(vm::VM& vm, const MemoryViewObject* a, const MemoryViewObject* b);

// Fills and readies the types (called by init_builtins; idempotent).
void init_memoryview_type();

}  // namespace glasspy::builtins
