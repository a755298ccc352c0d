// The range type and its iterators (object model). A range keeps its start, stop, step
// and length as int values (arbitrary precision, so range(10**20) works) and, when they
// all fit in int64, a copy of them as machine integers for the fast paths.
#pragma once
#include <cstdint>

#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject range_type;
extern TypeObject range_iterator_type;      // over a range whose values fit in int64
extern TypeObject longrange_iterator_type;  // otherwise

struct RangeObject : Object {
  Value start, stop, step, length;  // owned ints
  bool small = false;               // all four fit in int64: the fields below are valid
  int64_t start64 = 0, stop64 = 0, step64 = 1, length64 = 0;
};

// range_iterator: produces start + i * step for i in [index, length).
struct RangeIteratorObject : Object {
  int64_t start = 0;
  int64_t step = 1;
  int64_t length = 0;
  int64_t index = 0;
};

inline bool is_range(Value v) { return v.is_object() && v.as_object()->type == &range_type; }
inline RangeObject* as_range(Value v) { return static_cast<RangeObject*>(v.as_object()); }

// range(start, stop, step) of int64 bounds (step != 0). New reference.
RangeObject* range_new(int64_t start, int64_t stop, int64_t step);

// Registers range, range_iterator and longrange_iterator (called by init_container_types).
void init_range_types();

}  // namespace glasspy::objects
