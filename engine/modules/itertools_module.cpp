// The itertools module (modules stage): the lazy iterators of CPython 3.11's itertools,
// written in C++ for speed. This file: count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, islice, pairwise, starmap, zip_longest; the
// combinatoric ones, groupby and tee are in itertools_combinatorics.cpp.
#include <string>

#include "gc/collector.h"
#include "modules/builtin_modules.h"
#include "modules/itertools_internal.h"
#include "objects/alloc.h"
#include "objects/classmethod_descriptor.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules::itertools {

using namespace objects;

namespace {

void it_dealloc(Object* self) {
  ItObject* it = static_cast<ItObject*>(self);
  gc::untrack(it);
  for (Value* v : {&it->a, &it->b, &it->c, &it->d}) it_set(v, Value());
  for (Value v : it->pool) decref(v);
  it->~ItObject();
  free_object(self);
}

void it_traverse(Object* self, VisitFn visit, void* context) {
  ItObject* it = static_cast<ItObject*>(self);
  for (Value v : {it->a, it->b, it->c, it->d})
    if (!v.is_null()) visit(v, context);
  for (Value v : it->pool)
    if (!v.is_null()) visit(v, context);
}

void it_clear(Object* self) {
  ItObject* it = static_cast<ItObject*>(self);
  for (Value* v : {&it->a, &it->b, &it->c, &it->d}) it_set(v, Value());
  std::vector<Value> pool = std::move(it->pool);
  it->pool.clear();
  for (Value v : pool) decref(v);
}

Value self_iter(VM&, Value self) {
  incref(self);
  return self;
}

bool no_keywords(VM& vm, CallArgs args, const char* name) {
  if (args.nkw() == 0) return true;
  vm.raise(&exc_TypeError, std::string(name) + "() takes no keyword arguments");
  return false;
}

// --- count(start=0, step=1): a = next value, b = step ---

Value count_new(VM& vm, TypeObject* type, CallArgs args) {
  Value bound[2];
  if (!vm::parse_args(vm, args, "count", {"start", "step"}, 0, bound)) return Value();
  Value start = bound[0].is_null() ? Value::from_small_int(0) : bound[0];
  Value step = bound[1].is_null() ? Value::from_small_int(1) : bound[1];
  for (Value v : {start, step}) {
    bool numeric = is_int(v) || is_float(v) || !type_lookup(vm, type_of(v), "__add__").is_null();
    if (!numeric || is_str(v)) return vm.raise(&exc_TypeError, "a number is required");
  }
  ItObject* it = it_new(type);
  incref(start);
  it->a = start;
  incref(step);
  it->b = step;
  return Value::from_object(it);
}

Value count_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  Value current = it->a;
  if (current.is_small_int() && it->b.is_small_int()) {
    int64_t n = current.as_small_int() + it->b.as_small_int();
    it->a = make_int(n);
    return current;  // the reference it->a held
  }
  Value next_value = binary_op(vm, current, it->b, BinaryOp::kAdd);
  if (next_value.is_null()) return Value();
  it->a = next_value;
  return current;
}

Value count_repr(VM& vm, Value self) {
  ItObject* it = as_it(self);
  std::string start, step;
  if (!repr_utf8(vm, it->a, &start)) return Value();
  bool default_step = it->b.is_small_int() && it->b.as_small_int() == 1;
  if (default_step) return Value::from_object(str_from_utf8("count(" + start + ")"));
  if (!repr_utf8(vm, it->b, &step)) return Value();
  return Value::from_object(str_from_utf8("count(" + start + ", " + step + ")"));
}

// --- cycle(iterable): a = source iterator (null once exhausted), pool = saved items,
// i = position in pool ---

Value cycle_new(VM& vm, TypeObject* type, CallArgs args) {
  if (!no_keywords(vm, args, "cycle") || !vm::check_positional(vm, "cycle", args.nargs, 1, 1)) return Value();
  Value source = iter(vm, args.args[0]);
  if (source.is_null()) return Value();
  ItObject* it = it_new(type);
  it->a = source;
  return Value::from_object(it);
}

Value cycle_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  if (!it->a.is_null()) {
    Value item = next(vm, it->a);
    if (!item.is_null()) {
      incref(item);
      it->pool.push_back(item);
      return item;
    }
    if (vm.has_error()) return Value();
    it_set(&it->a, Value());
  }
  if (it->pool.empty()) return Value();
  Value item = it->pool[static_cast<size_t>(it->i)];
  it->i = (it->i + 1) % static_cast<int64_t>(it->pool.size());
  incref(item);
  return item;
}

// --- repeat(object[, times]): a = object, i = times left (-1: forever) ---

Value repeat_new(VM& vm, TypeObject* type, CallArgs args) {
  Value bound[2];
  if (!vm::parse_args(vm, args, "repeat", {"object", "times"}, 1, bound)) return Value();
  int64_t times = -1;
  if (!bound[1].is_null()) {
    if (!index_int64(vm, bound[1], &times)) return Value();
    if (times < 0) times = 0;
  }
  ItObject* it = it_new(type);
  incref(bound[0]);
  it->a = bound[0];
  it->i = times;
  return Value::from_object(it);
}

Value repeat_next(VM&, Value self) {
  ItObject* it = as_it(self);
  if (it->i == 0) return Value();
  if (it->i > 0) --it->i;
  incref(it->a);
  return it->a;
}

Value repeat_repr(VM& vm, Value self) {
  ItObject* it = as_it(self);
  std::string object;
  if (!repr_utf8(vm, it->a, &object)) return Value();
  if (it->i < 0) return Value::from_object(str_from_utf8("repeat(" + object + ")"));
  return Value::from_object(str_from_utf8("repeat(" + object + ", " + std::to_string(it->i) + ")"));
}

Value repeat_length_hint(VM& vm, Value self, CallArgs) {
  ItObject* it = as_it(self);
  if (it->i < 0) return vm.raise(&exc_TypeError, "len() of unsized object");
  return make_int(it->i);
}

// --- accumulate(iterable, func=None, *, initial=None): a = source, b = func (null: +),
// c = running total (null before the first), d = initial still to yield ---

Value accumulate_new(VM& vm, TypeObject* type, CallArgs args) {
  Value bound[3];
  if (!vm::parse_args(vm, args, "accumulate", {"iterable", "func", "initial"}, 1, bound, 0, 2)) return Value();
  Value source = iter(vm, bound[0]);
  if (source.is_null()) return Value();
  ItObject* it = it_new(type);
  it->a = source;
  if (!bound[1].is_null() && !is_none(bound[1])) it->b = (incref(bound[1]), bound[1]);
  if (!bound[2].is_null() && !is_none(bound[2])) it->d = (incref(bound[2]), bound[2]);
  return Value::from_object(it);
}

Value accumulate_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  if (!it->d.is_null()) {
    Value initial = it->d;
    it->d = Value();
    it_set(&it->c, (incref(initial), initial));
    return initial;
  }
  Value item = next(vm, it->a);
  if (item.is_null()) return Value();
  if (it->c.is_null()) {
    incref(item);
    it->c = item;
    return item;
  }
  Value total = it->b.is_null() ? binary_op(vm, it->c, item, BinaryOp::kAdd) : call2(vm, it->b, it->c, item);
  decref(item);
  if (total.is_null()) return Value();
  incref(total);
  it_set(&it->c, total);
  return total;
}

// --- chain(*iterables) / chain.from_iterable(iterable): a = iterator over the iterables,
// b = the current one ---

Value chain_new(VM& vm, TypeObject* type, CallArgs args) {
  if (!no_keywords(vm, args, "chain")) return Value();
  Ref sources = Ref::steal(Value::from_object(tuple_from(args.args, static_cast<int64_t>(args.nargs))));
  Value outer = iter(vm, sources.get());
  if (outer.is_null()) return Value();
  ItObject* it = it_new(type);
  it->a = outer;
  return Value::from_object(it);
}

Value chain_from_iterable(VM& vm, Value cls, CallArgs args) {
  Value outer = iter(vm, args.args[0]);
  if (outer.is_null()) return Value();
  ItObject* it = it_new(cls.is_object() ? static_cast<TypeObject*>(cls.as_object()) : &chain_type);
  it->a = outer;
  return Value::from_object(it);
}

Value chain_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  while (true) {
    if (!it->b.is_null()) {
      Value item = next(vm, it->b);
      if (!item.is_null() || vm.has_error()) return item;
      it_set(&it->b, Value());
    }
    if (it->a.is_null()) return Value();
    Ref iterable = Ref::steal(next(vm, it->a));
    if (iterable.is_null()) {
      if (vm.has_error()) return Value();
      it_set(&it->a, Value());
      return Value();
    }
    Value inner = iter(vm, iterable.get());
    if (inner.is_null()) return Value();
    it->b = inner;
  }
}

// --- compress(data, selectors): a, b = the two iterators ---

Value compress_new(VM& vm, TypeObject* type, CallArgs args) {
  Value bound[2];
  if (!vm::parse_args(vm, args, "compress", {"data", "selectors"}, 2, bound)) return Value();
  Ref data = Ref::steal(iter(vm, bound[0]));
  if (data.is_null()) return Value();
  Value selectors = iter(vm, bound[1]);
  if (selectors.is_null()) return Value();
  ItObject* it = it_new(type);
  it->a = data.release();
  it->b = selectors;
  return Value::from_object(it);
}

Value compress_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  while (true) {
    Ref item = Ref::steal(next(vm, it->a));
    if (item.is_null()) return Value();
    Ref selector = Ref::steal(next(vm, it->b));
    if (selector.is_null()) return Value();
    int t = truthy(vm, selector.get());
    if (t < 0) return Value();
    if (t) return item.release();
  }
}

// --- dropwhile / takewhile / filterfalse(predicate, iterable): a = predicate,
// b = source, state = dropping done (dropwhile) / stopped (takewhile) ---

Value predicate_new(VM& vm, TypeObject* type, CallArgs args, const char* name) {
  if (!no_keywords(vm, args, name) || !vm::check_positional(vm, name, args.nargs, 2, 2)) return Value();
  Value source = iter(vm, args.args[1]);
  if (source.is_null()) return Value();
  ItObject* it = it_new(type);
  incref(args.args[0]);
  it->a = args.args[0];
  it->b = source;
  return Value::from_object(it);
}

Value dropwhile_new(VM& vm, TypeObject* type, CallArgs args) { return predicate_new(vm, type, args, "dropwhile"); }
Value takewhile_new(VM& vm, TypeObject* type, CallArgs args) { return predicate_new(vm, type, args, "takewhile"); }
Value filterfalse_new(VM& vm, TypeObject* type, CallArgs args) { return predicate_new(vm, type, args, "filterfalse"); }

// The truth of predicate(item) (or of item when the predicate is None): 1, 0, -1.
int test(VM& vm, Value predicate, Value item) {
  if (is_none(predicate)) return truthy(vm, item);
  Ref r = Ref::steal(call1(vm, predicate, item));
  if (r.is_null()) return -1;
  return truthy(vm, r.get());
}

Value dropwhile_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  while (true) {
    Ref item = Ref::steal(next(vm, it->b));
    if (item.is_null()) return Value();
    if (it->state) return item.release();
    int t = test(vm, it->a, item.get());
    if (t < 0) return Value();
    if (!t) {
      it->state = 1;
      return item.release();
    }
  }
}

Value takewhile_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  if (it->state) return Value();
  Ref item = Ref::steal(next(vm, it->b));
  if (item.is_null()) return Value();
  int t = test(vm, it->a, item.get());
  if (t < 0) return Value();
  if (t) return item.release();
  it->state = 1;
  return Value();
}

Value filterfalse_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  while (true) {
    Ref item = Ref::steal(next(vm, it->b));
    if (item.is_null()) return Value();
    int t = test(vm, it->a, item.get());
    if (t < 0) return Value();
    if (!t) return item.release();
  }
}

// --- islice(iterable, stop) / islice(iterable, start, stop[, step]): a = source,
// i = index of the next item to yield, j = stop (-1: none), k = step, state = consumed ---

bool slice_arg(VM& vm, Value v, int64_t* out, const char* message) {
  if (is_none(v)) return true;
  int64_t n = -1;
  if (is_int(v) || !type_lookup(vm, type_of(v), "__index__").is_null()) {
    if (!index_int64(vm, v, &n)) {
      if (!vm.error_matches(&exc_OverflowError)) return false;
      vm.clear_error();
      n = -1;
    }
  }
  if (n < 0) {
    vm.raise(&exc_ValueError, message);
    return false;
  }
  *out = n;
  return true;
}

Value islice_new(VM& vm, TypeObject* type, CallArgs args) {
  if (!no_keywords(vm, args, "islice") || !vm::check_positional(vm, "islice", args.nargs, 2, 4)) return Value();
  int64_t start = 0, stop = -1, step = 1;
  if (args.nargs == 2) {
    if (!slice_arg(vm, args.args[1], &stop,
                   "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
      return Value();
  } else {
    if (!slice_arg(vm, args.args[1], &start,
                   "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.") ||
        !slice_arg(vm, args.args[2], &stop,
                   "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
      return Value();
    if (args.nargs == 4) {
      int64_t s = -1;
      if (!is_none(args.args[3]) && !slice_arg(vm, args.args[3], &s, "Step for islice() must be a positive integer or None."))
        return Value();
      if (is_none(args.args[3])) s = 1;
      if (s < 1) return vm.raise(&exc_ValueError, "Step for islice() must be a positive integer or None.");
      step = s;
    }
  }
  Value source = iter(vm, args.args[0]);
  if (source.is_null()) return Value();
  ItObject* it = it_new(type);
  it->a = source;
  it->i = start;
  it->j = stop;
  it->k = step;
  return Value::from_object(it);
}

Value islice_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  if (it->a.is_null()) return Value();
  int64_t stop = it->j;
  // Skip to the next index to yield.
  while (it->state < it->i) {
    if (stop >= 0 && it->state >= stop) break;
    Ref skipped = Ref::steal(next(vm, it->a));
    if (skipped.is_null()) {
      if (!vm.has_error()) it_set(&it->a, Value());
      return Value();
    }
    ++it->state;
  }
  if (stop >= 0 && it->state >= stop) {
    it_set(&it->a, Value());
    return Value();
  }
  Value item = next(vm, it->a);
  if (item.is_null()) {
    if (!vm.has_error()) it_set(&it->a, Value());
    return Value();
  }
  ++it->state;
  it->i += it->k;
  if (stop >= 0 && it->i > stop) it->i = stop;
  return item;
}

// --- pairwise(iterable): a = source, b = previous item ---

Value pairwise_new(VM& vm, TypeObject* type, CallArgs args) {
  if (!no_keywords(vm, args, "pairwise") || !vm::check_positional(vm, "pairwise", args.nargs, 1, 1)) return Value();
  Value source = iter(vm, args.args[0]);
  if (source.is_null()) return Value();
  ItObject* it = it_new(type);
  it->a = source;
  return Value::from_object(it);
}

Value pairwise_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  if (it->a.is_null()) return Value();
  if (it->b.is_null()) {
    it->b = next(vm, it->a);
    if (it->b.is_null()) {
      if (!vm.has_error()) it_set(&it->a, Value());
      return Value();
    }
  }
  Value item = next(vm, it->a);
  if (item.is_null()) {
    if (!vm.has_error()) {
      it_set(&it->a, Value());
      it_set(&it->b, Value());
    }
    return Value();
  }
  TupleObject* pair = tuple_of({it->b, item});
  it_set(&it->b, item);
  return Value::from_object(pair);
}

// --- starmap(function, iterable): a = function, b = source ---

Value starmap_new(VM& vm, TypeObject* type, CallArgs args) { return predicate_new(vm, type, args, "starmap"); }

Value starmap_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  Ref item = Ref::steal(next(vm, it->b));
  if (item.is_null()) return Value();
  Ref arguments;
  if (is_exact_tuple(item.get())) {
    arguments = std::move(item);
  } else {
    Ref items = Ref::steal(iter(vm, item.get()));
    if (items.is_null()) {
      if (vm.error_matches(&exc_TypeError)) {
        vm.clear_error();
        return vm.raise(&exc_TypeError, "iterable argument required");
      }
      return Value();
    }
    Ref list = Ref::steal(list_from_iterable(vm, items.get()));
    if (list.is_null()) return Value();
    arguments = Ref::steal(Value::from_object(tuple_from(as_list(list.get())->items, as_list(list.get())->size)));
  }
  TupleObject* t = as_tuple(arguments.get());
  return call(vm, it->a, CallArgs{t->items(), static_cast<size_t>(t->size), nullptr});
}

// --- zip_longest(*iterables, fillvalue=None): pool = the iterators (null once
// exhausted), a = fillvalue, i = iterators still active ---

Value zip_longest_new(VM& vm, TypeObject* type, CallArgs args) {
  Value fill = none();
  for (size_t i = 0; i < args.nkw(); ++i) {
    if (!str_equals_utf8(as_str(args.kwnames->items()[i]), "fillvalue"))
      return vm.raise(&exc_TypeError, "zip_longest() got an unexpected keyword argument");
    fill = args.kw_value(i);
  }
  ItObject* it = it_new(type);
  Ref owner = Ref::steal(Value::from_object(it));
  for (size_t i = 0; i < args.nargs; ++i) {
    Value source = iter(vm, args.args[i]);
    if (source.is_null()) return Value();
    it->pool.push_back(source);
  }
  incref(fill);
  it->a = fill;
  it->i = static_cast<int64_t>(args.nargs);
  return owner.release();
}

Value zip_longest_next(VM& vm, Value self) {
  ItObject* it = as_it(self);
  if (it->pool.empty() || it->i == 0) return Value();
  TupleObject* result = tuple_alloc(static_cast<int64_t>(it->pool.size()));
  Ref owner = Ref::steal(Value::from_object(result));
  for (size_t n = 0; n < it->pool.size(); ++n) {
    Value item;
    if (!it->pool[n].is_null()) {
      item = next(vm, it->pool[n]);
      if (item.is_null()) {
        if (vm.has_error()) return Value();
        decref(it->pool[n]);
        it->pool[n] = Value();
        if (--it->i == 0) return Value();
      }
    }
    if (item.is_null()) {
      incref(it->a);
      item = it->a;
    }
    result->items()[n] = item;
  }
  return owner.release();
}

TypeObject count_type, cycle_type, repeat_type, accumulate_type, compress_type, dropwhile_type, takewhile_type,
    filterfalse_type, islice_type, pairwise_type, starmap_type, zip_longest_type;

const MethodDef kRepeatMethods[] = {
    {"__length_hint__", repeat_length_hint, ArgShape::kNoArgs, 0, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

const MethodDef kFromIterable = {"from_iterable", chain_from_iterable, ArgShape::kOneArg, 1, 1,
                                 "Alternative chain() constructor taking a single iterable argument that evaluates lazily."};

const MethodDef kItertoolsFunctions[] = {
    {"tee", tee_function, ArgShape::kPositional, 1, 2, "Returns a tuple of n independent iterators."},
    {nullptr, nullptr},
};

void init_types() {
  if (has_flag(&count_type, kTypeReady)) return;
  count_type.repr = count_repr;
  init_it_type(count_type, "count", count_new, count_next,
               "Return a count object whose .__next__() method returns consecutive values.");
  init_it_type(cycle_type, "cycle", cycle_new, cycle_next,
               "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");
  repeat_type.repr = repeat_repr;
  repeat_type.methods = kRepeatMethods;
  init_it_type(repeat_type, "repeat", repeat_new, repeat_next,
               "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of "
               "times.  If not specified, returns the object\nendlessly.");
  init_it_type(accumulate_type, "accumulate", accumulate_new, accumulate_next,
               "Return series of accumulated sums (or other binary function results).");
  init_it_type(chain_type, "chain", chain_new, chain_next,
               "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements "
               "from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of "
               "the iterables are exhausted.");
  add_static_classmethod(&chain_type, &kFromIterable);
  init_it_type(compress_type, "compress", compress_new, compress_next,
               "Return data elements corresponding to true selector elements.");
  init_it_type(dropwhile_type, "dropwhile", dropwhile_new, dropwhile_next,
               "Drop items from the iterable while predicate(item) is true.");
  init_it_type(takewhile_type, "takewhile", takewhile_new, takewhile_next,
               "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
  init_it_type(filterfalse_type, "filterfalse", filterfalse_new, filterfalse_next,
               "Return those items of iterable for which function(item) is false.");
  init_it_type(islice_type, "islice", islice_new, islice_next,
               "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object");
  init_it_type(pairwise_type, "pairwise", pairwise_new, pairwise_next,
               "Return an iterator of overlapping pairs taken from the input iterator.");
  init_it_type(starmap_type, "starmap", starmap_new, starmap_next,
               "Return an iterator whose values are returned from the function evaluated with an argument tuple "
               "taken from the given sequence.");
  init_it_type(zip_longest_type, "zip_longest", zip_longest_new, zip_longest_next,
               "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object");
  init_combinatoric_types();
}

}  // namespace

TypeObject chain_type;

ItObject* it_new(TypeObject* type) {
  ItObject* it = alloc<ItObject>(type);
  gc::track(it);
  return it;
}

void it_set(Value* field, Value v) {
  Value old = *field;
  *field = v;
  decref(old);
}

void init_it_type(TypeObject& t, const char* name, Value (*make)(VM&, TypeObject*, CallArgs), UnaryFn next_fn,
                  const char* doc) {
  t.name = name;
  t.type_flags = kTypeGc | kTypeBaseType;
  t.basic_size = sizeof(ItObject);
  t.new_instance = make;
  t.dealloc = it_dealloc;
  t.traverse = it_traverse;
  t.clear = it_clear;
  t.iter = self_iter;
  t.iternext = next_fn;
  t.doc = doc;
  ready_static_type(&t);
}

}  // namespace glasspy::modules::itertools

namespace glasspy::modules {

objects::ModuleObject* make_itertools_module(vm::VM& vm) {
  using namespace itertools;
  using objects::Value;
  init_types();
  objects::ModuleObject* m = objects::module_new(vm, vm.intern("itertools"));
  add_owned(vm, m, "__doc__",
            Value::from_object(objects::str_from_utf8(
                "Functional tools for creating and using iterators.")));
  objects::TypeObject* types[] = {&accumulate_type, &chain_type, &combinations_type, &cwr_type, &compress_type,
                                  &count_type, &cycle_type, &dropwhile_type, &filterfalse_type, &groupby_type,
                                  &islice_type, &pairwise_type, &permutations_type, &product_type, &repeat_type,
                                  &starmap_type, &takewhile_type, &zip_longest_type, &grouper_type, &tee_type};
  for (objects::TypeObject* t : types) add_value(vm, m, t->name, Value::from_object(t));
  add_functions(vm, m, kItertoolsFunctions);
  return m;
}

}  // namespace glasspy::modules
