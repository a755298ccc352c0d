// The slice type (object model): slice objects, their repr/comparison/indices(), and the
// index arithmetic (CPython's PySlice_Unpack + PySlice_AdjustIndices) every sequence uses.
#include "objects/slice_object.h"

#include <cstdint>
#include <limits>
#include <string>

#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject slice_type;

namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

// An index for slicing, clamped to int64 (CPython's _PyEval_SliceIndex).
bool slice_index(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (type_of(v)->index == nullptr) {
    vm.raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return false;
  if (int_to_int64(i.get(), out)) return true;
  *out = int_to_bigint(i.get()).is_negative() ? kMin : kMax;
  return true;
}

}  // namespace

SliceObject* slice_new(Value start, Value stop, Value step) {
  auto* s = alloc<SliceObject>(&slice_type);
  s->start = start.is_null() ? none() : start;
  s->stop = stop.is_null() ? none() : stop;
  s->step = step.is_null() ? none() : step;
  incref(s->start);
  incref(s->stop);
  incref(s->step);
  return s;
}

bool slice_unpack(VM& vm, Value slice, int64_t* start, int64_t* stop, int64_t* step) {
  SliceObject* s = as_slice(slice);
  if (is_none(s->step)) {
    *step = 1;
  } else {
    if (!slice_index(vm, s->step, step)) return false;
    if (*step == 0) {
      vm.raise(&exc_ValueError, "slice step cannot be zero");
      return false;
    }
    // -step must not overflow.
    if (*step < -kMax) *step = -kMax;
  }
  if (is_none(s->start)) {
    *start = *step < 0 ? kMax : 0;
  } else if (!slice_index(vm, s->start, start)) {
    return false;
  }
  if (is_none(s->stop)) {
    *stop = *step < 0 ? kMin : kMax;
  } else if (!slice_index(vm, s->stop, stop)) {
    return false;
  }
  return true;
}

int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

bool slice_indices(VM& vm, Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* slicelength) {
  if (!slice_unpack(vm, slice, start, stop, step)) return false;
  *slicelength = slice_adjust_indices(length, start, stop, *step);
  return true;
}

namespace {

void slice_dealloc(Object* self) {
  SliceObject* s = static_cast<SliceObject*>(self);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  free_object(self);
}

void slice_traverse(Object* self, VisitFn visit, void* context) {
  SliceObject* s = static_cast<SliceObject*>(self);
  visit(s->start, context);
  visit(s->stop, context);
  visit(s->step, context);
}

Value slice_new_slot(VM& vm, TypeObject*, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "slice() takes no keyword arguments");
  if (args.nargs == 0) return vm.raise(&exc_TypeError, "slice expected at least 1 argument, got 0");
  if (args.nargs > 3)
    return vm.raise(&exc_TypeError, "slice expected at most 3 arguments, got " + std::to_string(args.nargs));
  if (args.nargs == 1) return Value::from_object(slice_new(Value(), args.args[0], Value()));
  return Value::from_object(slice_new(args.args[0], args.args[1], args.nargs == 3 ? args.args[2] : Value()));
}

Value slice_repr(VM& vm, Value self) {
  SliceObject* s = as_slice(self);
  std::string out = "slice(";
  Value parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; ++i) {
    if (i > 0) out += ", ";
    std::string text;
    if (!repr_utf8(vm, parts[i], &text)) return Value();
    out += text;
  }
  out += ")";
  return Value::from_object(str_from_utf8(out));
}

Value slice_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_slice(a) || !is_slice(b)) return not_implemented();
  if (a.is(b) && (op == CompareOp::kEq || op == CompareOp::kNe)) return boolean(op == CompareOp::kEq);
  SliceObject* x = as_slice(a);
  SliceObject* y = as_slice(b);
  Ref tx = Ref::steal(Value::from_object(tuple_of({x->start, x->stop, x->step})));
  Ref ty = Ref::steal(Value::from_object(tuple_of({y->start, y->stop, y->step})));
  return rich_compare(vm, tx.get(), ty.get(), op);
}

Value get_start(VM&, Value self) {
  incref(as_slice(self)->start);
  return as_slice(self)->start;
}
Value get_stop(VM&, Value self) {
  incref(as_slice(self)->stop);
  return as_slice(self)->stop;
}
Value get_step(VM&, Value self) {
  incref(as_slice(self)->step);
  return as_slice(self)->step;
}

Value slice_indices_method(VM& vm, Value self, CallArgs args) {
  int64_t length;
  if (!index_int64(vm, args.args[0], &length)) return Value();
  if (length < 0) return vm.raise(&exc_ValueError, "length should not be negative");
  int64_t start, stop, step;
  if (!slice_unpack(vm, self, &start, &stop, &step)) return Value();
  slice_adjust_indices(length, &start, &stop, step);
  Ref a = Ref::steal(make_int(start));
  Ref b = Ref::steal(make_int(stop));
  Ref c = Ref::steal(make_int(step));
  return Value::from_object(tuple_of({a.get(), b.get(), c.get()}));
}

Value slice_reduce(VM&, Value self, CallArgs) {
  SliceObject* s = as_slice(self);
  Ref args = Ref::steal(Value::from_object(tuple_of({s->start, s->stop, s->step})));
  return Value::from_object(tuple_of({Value::from_object(&slice_type), args.get()}));
}

const MethodDef kSliceMethods[] = {
    {"indices", slice_indices_method, ArgShape::kOneArg, 1, 1,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and "
     "stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are "
     "clipped in a manner consistent with the\nhandling of normal slices."},
    {"__reduce__", slice_reduce, ArgShape::kNoArgs, 0, 0, "Return state information for pickling."},
    {nullptr, nullptr},
};

const GetSetDef kSliceGetSets[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {nullptr, nullptr},
};

}  // namespace

void init_slice_type() {
  TypeObject& t = slice_type;
  t.name = "slice";
  t.type_flags = kTypeGc | kTypeImmutable;
  t.basic_size = sizeof(SliceObject);
  t.dealloc = slice_dealloc;
  t.traverse = slice_traverse;
  t.new_instance = slice_new_slot;
  t.repr = slice_repr;
  t.richcompare = slice_richcompare;
  t.methods = kSliceMethods;
  t.getsets = kSliceGetSets;
  t.doc =
      "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing "
      "(e.g. a[0:10:2]).";
}

}  // namespace glasspy::objects
