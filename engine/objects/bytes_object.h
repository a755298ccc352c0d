// The bytes and bytearray types (object model). Methods: bytes_object.cpp, bytearray_object.cpp.
#pragma once
#include <cstdint>
#include <string_view>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject bytes_type;
extern TypeObject bytearray_type;

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

}  // namespace glasspy::objects
