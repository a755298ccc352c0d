// The bytes and bytearray types (object model). Methods: bytes_object.cpp, bytearray_object.cpp.
#pragma once
#include <cstdint>
#include <string_view>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject bytes_type;
extern TypeObject bytearray_type;
extern TypeObject bytes_iterator_type;
extern TypeObject bytearray_iterator_type;

struct BytesObject : Object {
  int64_t size = 0;
  int64_t hash = -1;
  // Followed by size + 1 bytes (a 0 terminator).
  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  std::string_view view() const { return std::string_view(reinterpret_cast<const char*>(data()), size); }
};

inline bool is_bytes(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &bytes_type); }
inline BytesObject* as_bytes(Value v) { return static_cast<BytesObject*>(v.as_object()); }
// A new bytes holding a copy of `data` (new reference).
Value make_bytes(std::string_view data);
// A new bytes of `size` zero bytes for the caller to fill (new reference, exact bytes).
BytesObject* bytes_alloc(int64_t size);

// bytearray: a growable buffer (not inline, so that it can be resized in place).
struct ByteArrayObject : Object {
  uint8_t* items = nullptr;  // owned, capacity + 1 bytes (a 0 terminator), or null when empty
  int64_t size = 0;
  int64_t capacity = 0;
  int64_t exports = 0;       // live memoryviews: resizing is refused while > 0
  std::string_view view() const { return std::string_view(reinterpret_cast<const char*>(items), size); }
};

inline bool is_bytearray(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &bytearray_type); }
inline ByteArrayObject* as_bytearray(Value v) { return static_cast<ByteArrayObject*>(v.as_object()); }
// A new bytearray holding a copy of `data` (new reference).
Value make_bytearray(std::string_view data);
// Resizes a bytearray's buffer (contents kept, new bytes zeroed).
void bytearray_resize(ByteArrayObject* b, int64_t size);

// The bytes of a bytes or bytearray object, or of a C-contiguous memoryview (the buffer
// protocol for the types there are): true and *out set, or false for other types.
// Borrowed view.
bool bytes_like_view(Value v, std::string_view* out);
// Set by the memoryview type (builtins/): its bytes when C-contiguous, as bytes_like_view.
extern bool (*memoryview_bytes_hook)(Value v, std::string_view* out);

// Registers the types (called by init_builtin_types).
void init_bytes_type();
void init_bytearray_type();
// After the types (and staticmethod) are ready: str/bytes/bytearray.maketrans (static
// methods), bytes/bytearray.fromhex, float.fromhex, int.from_bytes (class methods).
void add_text_static_methods();

}  // namespace glasspy::objects
