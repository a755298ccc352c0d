// Internal to the bytes and bytearray files (object model): the methods both types share
// (written once over byte views) and their argument helpers.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "objects/bytes_object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

// The bytes of self (a bytes or bytearray). Valid until Python code runs.
inline std::string_view byte_view(Value self) {
  if (is_bytes(self)) return as_bytes(self)->view();
  return as_bytearray(self)->view();
}
// "bytes" or "bytearray", for messages that name the receiver's type.
inline const char* byte_owner(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }
// A result of self's kind: bytes for bytes, bytearray for bytearray (new reference).
Value make_like(Value self, std::string_view data);

// A bytes-like argument: false with TypeError "a bytes-like object is required, not 'str'".
[[nodiscard]] bool byte_like_arg(VM& vm, Value v, std::string* out);
// The `sub` of find/count/index: an int in range(256) or bytes-like ("argument should be
// integer or bytes-like object, not 'str'", "byte must be in range(0, 256)").
[[nodiscard]] bool byte_sub_arg(VM& vm, Value v, std::string* out);

// Substring search over bytes: index or -1.
int64_t byte_find(std::string_view h, std::string_view n, int64_t start, int64_t end);
int64_t byte_rfind(std::string_view h, std::string_view n, int64_t start, int64_t end);
int64_t byte_count(std::string_view h, std::string_view n, int64_t start, int64_t end);
// The same for the methods (find, index, count, `in`): a long range is searched 4 MiB at a
// time with VM::poll_native_work between chunks, so that Stop reaches a search through a
// gigabyte. kByteSearchFailed if that raised (KeyboardInterrupt).
// (Inline: a range within one chunk costs the plain search and one comparison.)
inline constexpr int64_t kByteSearchFailed = -2;
inline constexpr int64_t kByteSearchChunk = int64_t{1} << 22;  // bytes between two polls
int64_t byte_find_chunked(VM& vm, std::string_view h, std::string_view n, int64_t start, int64_t end);
int64_t byte_count_chunked(VM& vm, std::string_view h, std::string_view n, int64_t start, int64_t end);
inline int64_t byte_find_polling(VM& vm, std::string_view h, std::string_view n, int64_t start, int64_t end) {
  return end - start <= kByteSearchChunk ? byte_find(h, n, start, end) : byte_find_chunked(vm, h, n, start, end);
}
inline int64_t byte_count_polling(VM& vm, std::string_view h, std::string_view n, int64_t start, int64_t end) {
  return end - start <= kByteSearchChunk ? byte_count(h, n, start, end) : byte_count_chunked(vm, h, n, start, end);
}

// Rich comparison of two byte strings.
Value compare_bytes(std::string_view a, std::string_view b, CompareOp op);
// repr of bytes as CPython writes it (b'...'), as a str.
Value bytes_repr_value(std::string_view data, const char* prefix, const char* suffix);
// bytes(x) / bytearray(x) source conversion: the bytes of an int count, an iterable of
// ints, a bytes-like object, or str with encoding. `name` is "bytes" or "bytearray".
[[nodiscard]] bool bytes_from_source(VM& vm, Value source, Value encoding, Value errors, const char* name,
                                     std::string* out);

// hex(sep=<unset>, bytes_per_sep=1) of the bytes `data` (args as the method's).
Value hex_with_separator(VM& vm, std::string_view data, CallArgs args);
// The bytes of fromhex(string): false with ValueError / TypeError raised.
[[nodiscard]] bool parse_fromhex(VM& vm, Value arg, std::string* out);

// Slots shared by bytes and bytearray.
[[nodiscard]] Value bytes_like_repeat(VM& vm, Value a, Value b, bool bytearray);  // seq * n, n * seq
[[nodiscard]] int bytes_like_contains(VM& vm, Value self, Value item);
[[nodiscard]] Value bytes_like_getitem(VM& vm, Value self, Value key);
Value bytes_like_iter(Value self, TypeObject* iterator_type);
void init_bytes_like_iterator(TypeObject& t, const char* name);

// Methods shared by bytes and bytearray (self is either).
// bytes.maketrans / bytearray.maketrans: a static method (self unused).
Value bytes_method_maketrans(VM& vm, Value self, CallArgs args);

#define GP_BYTES_METHOD(name, shape, min, max) Value bytes_method_##name(VM& vm, Value self, CallArgs args);
#include "objects/bytes_method_list.def"
#undef GP_BYTES_METHOD

}  // namespace glasspy::objects
