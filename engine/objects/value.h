// The 8-byte value every stage of the VM passes around (object model). Only this class
// touches the bits, so the layout can change here alone (DESIGN.md decision 4).
//
// Layout (NaN-boxing, the same on wasm32 and native):
//   0x0000_pppp_pppp_pppp  pointer to a heap Object (48 bits; 0 is the null value)
//   0xFFFF_iiii_iiii_iiii  small int: 48-bit two's complement, no allocation
//   anything else          a float: its IEEE bits plus kDoubleOffset (2^49)
// Adding 2^49 moves every double (NaNs made quiet with a 48-bit identity, sign kept) into top-16 range
// 0x0002..0xFFF2, leaving 0x0000 for pointers and 0xFFFF for ints. Floats and small ints
// need no allocation and no reference counting.
#pragma once
#include <cstdint>
#include <cstring>

namespace glasspy::objects {

struct Object;

class Value {
 public:
  // The null value: "no value", which functions that can raise return on error.
  constexpr Value() = default;

  static Value from_object(Object* object) {
    return Value(static_cast<uint64_t>(reinterpret_cast<uintptr_t>(object)));
  }

  // Small ints cover [-2^47, 2^47); larger ints are heap objects (arbitrary precision).
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 47);
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 47) - 1;
  static constexpr bool fits_small_int(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
  static Value from_small_int(int64_t v) {  // requires fits_small_int(v)
    return Value(kIntTag | (static_cast<uint64_t>(v) & kPayloadMask));
  }

  // A NaN gets a fresh identity (see next_nan_identity); its sign is kept.
  static Value from_double(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    if (d != d) [[unlikely]]
      bits = (bits & kSignBit) | kCanonicalNan | next_nan_identity();
    return Value(bits + kDoubleOffset);
  }

  bool is_null() const { return bits_ == 0; }
  // Non-null with a zero top 16 bits, in one comparison (null wraps around to the top).
  bool is_object() const { return bits_ - 1 < (uint64_t{1} << 48) - 1; }
  bool is_small_int() const { return (bits_ >> 48) == 0xFFFF; }
  bool is_double() const {
    uint64_t top = bits_ >> 48;
    return top != 0 && top != 0xFFFF;
  }
  // True for values that carry a reference count (heap objects).
  bool is_counted() const { return is_object(); }

  Object* as_object() const { return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits_)); }
  int64_t as_small_int() const {
    // Sign-extend the 48-bit payload.
    return static_cast<int64_t>(bits_ << 16) >> 16;
  }
  double as_double() const {
    uint64_t bits = bits_ - kDoubleOffset;
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }

  // Identity, as Python's `is` sees it.
  bool is(Value other) const { return bits_ == other.bits_; }
  // The raw bits, for identity hashing and id(); never decode them elsewhere.
  uint64_t identity_bits() const { return bits_; }

 private:
  explicit constexpr Value(uint64_t bits) : bits_(bits) {}
  // CPython makes a new float object for every NaN a computation or float("nan")
  // produces, so `float("nan") is float("nan")` is False and `[nan] == [float("nan")]`
  // finds no identical item, while a NaN passed around keeps its identity. An inline NaN
  // gets the same: a serial number in the low 48 bits of its payload (never 0, which
  // no NaN from here has). Per thread, so interpreters never race on it.
  // Out of line (float_object.cpp) and cold: the inline from_double stays small.
  [[gnu::cold]] static uint64_t next_nan_identity();

  static constexpr uint64_t kIntTag = uint64_t{0xFFFF} << 48;
  static constexpr uint64_t kPayloadMask = (uint64_t{1} << 48) - 1;
  static constexpr uint64_t kDoubleOffset = uint64_t{1} << 49;
  static constexpr uint64_t kSignBit = uint64_t{1} << 63;
  static constexpr uint64_t kCanonicalNan = 0x7FF8000000000000;

  uint64_t bits_ = 0;
};

static_assert(sizeof(Value) == 8, "a Value is 8 bytes on every target");

}  // namespace glasspy::objects
