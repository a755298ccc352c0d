// enumerate, zip, map, filter and reversed (object model): construction with CPython's
// argument messages, iteration (result tuples reused while nobody else holds them), and
// __length_hint__ where CPython has it.
#include "objects/builtin_iterators.h"

#include <string>
#include <vector>

#include "gc/collector.h"
#include "numeric/bigint.h"
#include "objects/alloc.h"
#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject enumerate_type;
TypeObject zip_type;
TypeObject map_type;
TypeObject filter_type;
TypeObject reversed_type;

namespace {

Value self_iter(VM&, Value self) {
  incref(self);
  return self;
}

// The next item of an iterator through its type's slot (null at the end or on error).
inline Value next_of(VM& vm, Value it) {
  UnaryFn fn = type_of(it)->iternext;
  return fn != nullptr ? fn(vm, it) : next(vm, it);
}

// A result tuple of `n` items: the iterator's previous one when only it holds it.
TupleObject* reusable_tuple(TupleObject** cache, int64_t n) {
  TupleObject* t = *cache;
  if (t != nullptr && t->refcount == 1) {
    for (int64_t i = 0; i < n; ++i) {
      Value old = t->items()[i];
      t->items()[i] = Value();
      decref(old);
    }
    incref(t);
    return t;
  }
  t = tuple_alloc(n);
  if (*cache) decref(*cache);
  incref(t);
  *cache = t;
  return t;
}

std::string keyword_name(CallArgs args, size_t i) { return std::string(str_utf8(as_str(args.kwnames->items()[i]))); }

// ---- enumerate ----

struct EnumerateObject : Object {
  Value iterator;        // owned
  int64_t index = 0;     // while it fits
  Value long_index;      // owned int once past int64 (or when start was big)
  TupleObject* result = nullptr;
};

Value enumerate_new(VM& vm, TypeObject* type, CallArgs args) {
  Value iterable, start;
  if (args.nargs > 2)
    return vm.raise(&exc_TypeError,
                    "enumerate() takes at most 2 arguments (" + std::to_string(args.nargs + args.nkw()) + " given)");
  if (args.nargs > 0) iterable = args.args[0];
  if (args.nargs > 1) start = args.args[1];
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string name = keyword_name(args, i);
    Value* slot = name == "iterable" ? &iterable : name == "start" ? &start : nullptr;
    if (slot == nullptr) return vm.raise(&exc_TypeError, "'" + name + "' is an invalid keyword argument for enumerate()");
    if (!slot->is_null()) {
      return vm.raise(&exc_TypeError, "argument for enumerate() given by name ('" + name + "') and position (" +
                                          (name == "iterable" ? "1" : "2") + ")");
    }
    *slot = args.kw_value(i);
  }
  if (iterable.is_null()) return vm.raise(&exc_TypeError, "enumerate() missing required argument 'iterable'");
  Ref start_int;
  if (!start.is_null()) {
    start_int = Ref::steal(index(vm, start));
    if (!start_int) return Value();
  }
  Ref it = Ref::steal(iter(vm, iterable));
  if (!it) return Value();
  auto* e = alloc<EnumerateObject>(type);
  e->iterator = it.release();
  if (start_int && !start_int.get().is_small_int()) {
    e->long_index = start_int.release();
  } else if (start_int) {
    e->index = start_int.get().as_small_int();
  }
  gc::track(e);
  return Value::from_object(e);
}

void enumerate_dealloc(Object* self) {
  auto* e = static_cast<EnumerateObject*>(self);
  decref(e->iterator);
  decref(e->long_index);
  if (e->result) decref(e->result);
  free_object(self);
}

void enumerate_traverse(Object* self, VisitFn visit, void* context) {
  auto* e = static_cast<EnumerateObject*>(self);
  visit(e->iterator, context);
  visit(e->long_index, context);
  if (e->result) visit(Value::from_object(e->result), context);
}

Value enumerate_next(VM& vm, Value self) {
  auto* e = static_cast<EnumerateObject*>(self.as_object());
  Value item = next_of(vm, e->iterator);
  if (item.is_null()) return Value();
  Value count;
  if (e->long_index.is_null()) {
    count = make_int(e->index);
    if (e->index == INT64_MAX) {
      e->long_index = make_int(numeric::add(numeric::BigInt(e->index), int64_t{1}));
    } else {
      ++e->index;
    }
  } else {
    count = e->long_index;
    e->long_index = make_int(numeric::add(int_to_bigint(count), int64_t{1}));
  }
  TupleObject* t = reusable_tuple(&e->result, 2);
  t->items()[0] = count;
  t->items()[1] = item;
  return Value::from_object(t);
}

// ---- zip ----

struct ZipObject : Object {
  TupleObject* iterators = nullptr;  // owned
  bool strict = false;
  TupleObject* result = nullptr;
};

Value zip_new(VM& vm, TypeObject* type, CallArgs args) {
  bool strict = false;
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string name = keyword_name(args, i);
    if (name != "strict") return vm.raise(&exc_TypeError, "'" + name + "' is an invalid keyword argument for zip()");
    int t = truthy(vm, args.kw_value(i));
    if (t < 0) return Value();
    strict = t != 0;
  }
  int64_t n = static_cast<int64_t>(args.nargs);
  TupleObject* its = tuple_alloc(n);
  Ref its_ref = Ref::steal(Value::from_object(its));
  for (int64_t i = 0; i < n; ++i) {
    Value it = iter(vm, args.args[i]);
    if (it.is_null()) {
      for (int64_t j = i; j < n; ++j) its->items()[j] = none();
      return Value();
    }
    its->items()[i] = it;
  }
  auto* z = alloc<ZipObject>(type);
  z->iterators = as_tuple(its_ref.release());
  z->strict = strict;
  gc::track(z);
  return Value::from_object(z);
}

void zip_dealloc(Object* self) {
  auto* z = static_cast<ZipObject*>(self);
  if (z->iterators) decref(z->iterators);
  if (z->result) decref(z->result);
  free_object(self);
}

void zip_traverse(Object* self, VisitFn visit, void* context) {
  auto* z = static_cast<ZipObject*>(self);
  if (z->iterators) visit(Value::from_object(z->iterators), context);
  if (z->result) visit(Value::from_object(z->result), context);
}

Value strict_mismatch(VM& vm, int64_t i, bool shorter) {
  std::string plural = i == 1 ? " " : "s 1-";
  return vm.raise(&exc_ValueError, "zip() argument " + std::to_string(i + 1) + " is " +
                                       (shorter ? "shorter" : "longer") + " than argument" + plural +
                                       std::to_string(i));
}

Value zip_next(VM& vm, Value self) {
  auto* z = static_cast<ZipObject*>(self.as_object());
  int64_t n = z->iterators->size;
  if (n == 0) return Value();
  // Gather into a scratch array first: a reused result tuple is only touched on success.
  Value small[8];
  std::vector<Value> big;
  Value* items = small;
  if (n > 8) {
    big.resize(n);
    items = big.data();
  }
  int64_t i = 0;
  for (; i < n; ++i) {
    Value item = next_of(vm, z->iterators->items()[i]);
    if (item.is_null()) break;
    items[i] = item;
  }
  if (i == n) {
    TupleObject* t = reusable_tuple(&z->result, n);
    for (int64_t k = 0; k < n; ++k) t->items()[k] = items[k];
    return Value::from_object(t);
  }
  for (int64_t k = 0; k < i; ++k) decref(items[k]);
  if (vm.has_error() || !z->strict) return Value();
  if (i > 0) return strict_mismatch(vm, i, true);
  for (int64_t k = 1; k < n; ++k) {
    Value item = next_of(vm, z->iterators->items()[k]);
    if (!item.is_null()) {
      decref(item);
      return strict_mismatch(vm, k, false);
    }
    if (vm.has_error()) return Value();
  }
  return Value();
}

// ---- map ----

struct MapObject : Object {
  Value function;                    // owned
  TupleObject* iterators = nullptr;  // owned
};

Value map_new(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nkw() != 0 && type == &map_type) return vm.raise(&exc_TypeError, "map() takes no keyword arguments");
  if (args.nargs < 2) return vm.raise(&exc_TypeError, "map() must have at least two arguments.");
  int64_t n = static_cast<int64_t>(args.nargs) - 1;
  TupleObject* its = tuple_alloc(n);
  Ref its_ref = Ref::steal(Value::from_object(its));
  for (int64_t i = 0; i < n; ++i) {
    Value it = iter(vm, args.args[i + 1]);
    if (it.is_null()) {
      for (int64_t j = i; j < n; ++j) its->items()[j] = none();
      return Value();
    }
    its->items()[i] = it;
  }
  auto* m = alloc<MapObject>(type);
  incref(args.args[0]);
  m->function = args.args[0];
  m->iterators = as_tuple(its_ref.release());
  gc::track(m);
  return Value::from_object(m);
}

void map_dealloc(Object* self) {
  auto* m = static_cast<MapObject*>(self);
  decref(m->function);
  if (m->iterators) decref(m->iterators);
  free_object(self);
}

void map_traverse(Object* self, VisitFn visit, void* context) {
  auto* m = static_cast<MapObject*>(self);
  visit(m->function, context);
  if (m->iterators) visit(Value::from_object(m->iterators), context);
}

Value map_next(VM& vm, Value self) {
  auto* m = static_cast<MapObject*>(self.as_object());
  int64_t n = m->iterators->size;
  Value small[8];
  std::vector<Value> big;
  Value* items = small;
  if (n > 8) {
    big.resize(n);
    items = big.data();
  }
  int64_t i = 0;
  for (; i < n; ++i) {
    Value item = next_of(vm, m->iterators->items()[i]);
    if (item.is_null()) break;
    items[i] = item;
  }
  Value result;
  if (i == n) result = call(vm, m->function, CallArgs{items, static_cast<size_t>(n), nullptr});
  for (int64_t k = 0; k < i; ++k) decref(items[k]);
  return result;
}

// ---- filter ----

struct FilterObject : Object {
  Value function;  // owned; None keeps truthy items
  Value iterator;  // owned
};

Value filter_new(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nkw() != 0 && type == &filter_type) return vm.raise(&exc_TypeError, "filter() takes no keyword arguments");
  if (args.nargs != 2)
    return vm.raise(&exc_TypeError, "filter expected 2 arguments, got " + std::to_string(args.nargs));
  Ref it = Ref::steal(iter(vm, args.args[1]));
  if (!it) return Value();
  auto* f = alloc<FilterObject>(type);
  incref(args.args[0]);
  f->function = args.args[0];
  f->iterator = it.release();
  gc::track(f);
  return Value::from_object(f);
}

void filter_dealloc(Object* self) {
  auto* f = static_cast<FilterObject*>(self);
  decref(f->function);
  decref(f->iterator);
  free_object(self);
}

void filter_traverse(Object* self, VisitFn visit, void* context) {
  auto* f = static_cast<FilterObject*>(self);
  visit(f->function, context);
  visit(f->iterator, context);
}

Value filter_next(VM& vm, Value self) {
  auto* f = static_cast<FilterObject*>(self.as_object());
  bool plain = is_none(f->function) || f->function.is(Value::from_object(&bool_type));
  for (;;) {
    Value item = next_of(vm, f->iterator);
    if (item.is_null()) return Value();
    int keep;
    if (plain) {
      keep = truthy(vm, item);
    } else {
      Value r = call1(vm, f->function, item);
      if (r.is_null()) {
        decref(item);
        return Value();
      }
      keep = truthy(vm, r);
      decref(r);
    }
    if (keep > 0) return item;
    decref(item);
    if (keep < 0) return Value();
  }
}

// ---- reversed ----

struct ReversedObject : Object {
  Value sequence;  // owned; null once exhausted
  int64_t index = -1;
};

Value reversed_over(TypeObject* type, Value sequence, int64_t n) {
  auto* r = alloc<ReversedObject>(type);
  incref(sequence);
  r->sequence = sequence;
  r->index = n - 1;
  gc::track(r);
  return Value::from_object(r);
}

Value reversed_new(VM& vm, TypeObject* type, CallArgs args) {
  if (args.nkw() != 0 && type == &reversed_type)
    return vm.raise(&exc_TypeError, "reversed() takes no keyword arguments");
  if (args.nargs != 1)
    return vm.raise(&exc_TypeError, "reversed expected 1 argument, got " + std::to_string(args.nargs));
  Value seq = args.args[0];
  TypeObject* t = type_of(seq);
  if (type == &reversed_type) return make_reversed(vm, seq);
  // A subclass of reversed: always the generic sequence form.
  if (t->getitem == nullptr || is_dict(seq))
    return vm.raise(&exc_TypeError, std::string("'") + t->name + "' object is not reversible");
  int64_t n = length(vm, seq);
  if (n < 0) return Value();
  return reversed_over(type, seq, n);
}

void reversed_dealloc(Object* self) {
  decref(static_cast<ReversedObject*>(self)->sequence);
  free_object(self);
}

void reversed_traverse(Object* self, VisitFn visit, void* context) {
  visit(static_cast<ReversedObject*>(self)->sequence, context);
}

Value reversed_next(VM& vm, Value self) {
  auto* r = static_cast<ReversedObject*>(self.as_object());
  if (r->sequence.is_null()) return Value();
  if (r->index >= 0) {
    if (is_exact_tuple(r->sequence)) {
      TupleObject* t = as_tuple(r->sequence);
      if (r->index < t->size) {
        Value v = t->items()[r->index--];
        incref(v);
        return v;
      }
    } else {
      Value v = getitem(vm, r->sequence, Value::from_small_int(r->index));
      if (!v.is_null()) {
        --r->index;
        return v;
      }
      if (!vm.error_matches(&exc_IndexError) && !vm.error_matches(&exc_StopIteration)) return Value();
      vm.clear_error();
    }
  }
  r->index = -1;
  Value seq = r->sequence;
  r->sequence = Value();
  decref(seq);
  return Value();
}

Value reversed_length_hint(VM& vm, Value self, CallArgs) {
  auto* r = static_cast<ReversedObject*>(self.as_object());
  if (r->sequence.is_null()) return make_int(0);
  int64_t n = length(vm, r->sequence);
  if (n < 0) return Value();
  return make_int(n < r->index + 1 ? 0 : r->index + 1);
}

const MethodDef kReversedMethods[] = {
    {"__length_hint__", reversed_length_hint, ArgShape::kNoArgs, 0, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

void init_iterator_type(TypeObject& t, const char* name, uint32_t size, void (*dealloc)(Object*),
                        void (*traverse)(Object*, VisitFn, void*), Value (*new_fn)(VM&, TypeObject*, CallArgs),
                        UnaryFn next_fn, const char* doc) {
  t.name = name;
  t.type_flags = kTypeBaseType | kTypeGc | kTypeImmutable;
  t.basic_size = size;
  t.dealloc = dealloc;
  t.traverse = traverse;
  t.new_instance = new_fn;
  t.iter = self_iter;
  t.iternext = next_fn;
  t.doc = doc;
}

}  // namespace

Value make_reversed(VM& vm, Value seq) {
  TypeObject* t = type_of(seq);
  StrObject* name = vm.intern("__reversed__");
  Value method = type_lookup(t, name);
  if (!method.is_null()) {
    if (is_none(method)) return vm.raise(&exc_TypeError, std::string("'") + t->name + "' object is not reversible");
    return call_method(vm, seq, name, nullptr, 0);
  }
  if (t->getitem == nullptr || is_dict(seq))
    return vm.raise(&exc_TypeError, std::string("'") + t->name + "' object is not reversible");
  int64_t n = length(vm, seq);
  if (n < 0) return Value();
  return reversed_over(&reversed_type, seq, n);
}

void init_builtin_iterator_types() {
  init_iterator_type(enumerate_type, "enumerate", sizeof(EnumerateObject), enumerate_dealloc, enumerate_traverse,
                     enumerate_new, enumerate_next,
                     "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate "
                     "object yields pairs containing a count (from start, which\ndefaults to zero) and a value "
                     "yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    "
                     "(0, seq[0]), (1, seq[1]), (2, seq[2]), ...");
  init_iterator_type(zip_type, "zip", sizeof(ZipObject), zip_dealloc, zip_traverse, zip_new, zip_next,
                     "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> "
                     "list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip "
                     "object yields n-length tuples, where n is the number of iterables\npassed as positional "
                     "arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to "
                     "zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one "
                     "of the arguments is exhausted before the others,\nraise a ValueError.");
  init_iterator_type(map_type, "map", sizeof(MapObject), map_dealloc, map_traverse, map_new, map_next,
                     "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using "
                     "arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.");
  init_iterator_type(filter_type, "filter", sizeof(FilterObject), filter_dealloc, filter_traverse, filter_new,
                     filter_next,
                     "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those "
                     "items of iterable for which function(item)\nis true. If function is None, return the items "
                     "that are true.");
  init_iterator_type(reversed_type, "reversed", sizeof(ReversedObject), reversed_dealloc, reversed_traverse,
                     reversed_new, reversed_next, "Return a reverse iterator over the values of the given sequence.");
  reversed_type.methods = kReversedMethods;
}

}  // namespace glasspy::objects
