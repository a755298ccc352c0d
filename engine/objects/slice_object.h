// The slice type (object model): slice(start, stop, step) objects as BUILD_SLICE and
// slice() make them, and the index arithmetic every sequence uses to apply one.
#pragma once
#include <cstdint>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject slice_type;

struct SliceObject : Object {
  Value start;  // owned; None when omitted (never null)
  Value stop;
  Value step;
};

inline bool is_slice(Value v) { return v.is_object() && v.as_object()->type == &slice_type; }
inline SliceObject* as_slice(Value v) { return static_cast<SliceObject*>(v.as_object()); }

// A new slice of three borrowed values (null is taken as None). Never fails.
SliceObject* slice_new(Value start, Value stop, Value step);

// Applies `slice` to a sequence of `length` items, as CPython's PySlice_Unpack +
// PySlice_AdjustIndices: clamped start/stop, the step, and the number of items selected.
// False with TypeError / ValueError ("slice step cannot be zero") pending on error.
// Indices that are not ints go through __index__ ("slice indices must be integers or None
// or have an __index__ method"); huge values are clamped as CPython does.
[[nodiscard]] bool slice_indices(VM& vm, Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                                 int64_t* slicelength);

// Only the unpacking part (no clamping to a length): start/stop/step with None replaced by
// the defaults for the step's sign, saturated to [-2^63+1, 2^63-1]. For types (range)
// that clamp themselves.
[[nodiscard]] bool slice_unpack(VM& vm, Value slice, int64_t* start, int64_t* stop, int64_t* step);
// Clamps unpacked indices to `length`; returns the number of items selected.
int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step);

// Registers the slice type (called by init_builtin_types).
void init_slice_type();

}  // namespace glasspy::objects
