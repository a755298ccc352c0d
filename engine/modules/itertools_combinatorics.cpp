// itertools (modules stage), second part: product, permutations, combinations,
// combinations_with_replacement (index odometers over a pool tuple, as CPython's), groupby
// with its _grouper, and tee (iterators sharing one growing buffer).
#include <string>

#include "modules/itertools_internal.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules::itertools {

using namespace objects;

TypeObject product_type, permutations_type, combinations_type, cwr_type, groupby_type, grouper_type, tee_type;

namespace {

// tuple(iterable) as a new reference (null on error).
Value pool_of(VM& vm, Value iterable) {
  Ref list = Ref::steal(list_from_iterable(vm, iterable));
  if (list.is_null()) return Value();
  return Value::from_object(tuple_from(as_list(list.get())->items, as_list(list.get())->size));
}

// A tuple of pool items at `indices` (all into one pool, or pool n for index n when
// `per_pool`).
Value pick(const ItObject* it, const std::vector<int64_t>& indices, int64_t count, bool per_pool) {
  TupleObject* result = tuple_alloc(count);
  for (int64_t n = 0; n < count; ++n) {
    const TupleObject* pool = as_tuple(per_pool ? it->pool[static_cast<size_t>(n)] : it->a);
    Value v = pool->items()[indices[static_cast<size_t>(n)]];
    incref(v);
    result->items()[n] = v;
  }
  return Value::from_object(result);
}

// --- product(*iterables, repeat=1): pool = one tuple per position, indices = odometer,
// state: 0 first, 1 running, 2 done ---

Value product_new(VM& vm, TypeObject* type, CallArgs args) {
  int64_t repeat = 1;
  for (size_t i = 0; i < args.nkw(); ++i) {
    if (!str_equals_utf8(as_str(args.kwnames->items()[i]), "repeat"))
      return vm.raise(&exc_TypeError, "product() got an unexpected keyword argument '" +
                                          std::string(str_utf8(as_str(args.kwnames->items()[i]))) + "'");
    if (!index_int64(vm, args.kw_value(i), &repeat)) return Value();
    if (repeat < 0) return vm.raise(&exc_ValueError, "repeat argument cannot be negative");
  }
  ItObject* it = it_new(type);
  Ref owner = Ref::steal(Value::from_object(it));
  std::vector<Value> pools;
  for (size_t i = 0; i < args.nargs; ++i) {
    Value pool = pool_of(vm, args.args[i]);
    if (pool.is_null()) return Value();
    it->pool.push_back(pool);
  }
  size_t base = it->pool.size();
  for (int64_t r = 1; r < repeat; ++r)
    for (size_t i = 0; i < base; ++i) it->pool.push_back((incref(it->pool[i]), it->pool[i]));
  if (repeat == 0) {
    for (Value v : it->pool) decref(v);
    it->pool.clear();
  }
  it->indices.assign(it->pool.size(), 0);
  return owner.release();
}

Value product_next(VM&, Value self) {
  ItObject* it = as_it(self);
  if (it->state == 2) return Value();
  int64_t n = static_cast<int64_t>(it->pool.size());
  if (it->state == 0) {
    for (Value p : it->pool)
      if (as_tuple(p)->size == 0) {
        it->state = 2;
        return Value();
      }
    it->state = 1;
    return pick(it, it->indices, n, true);
  }
  for (int64_t i = n - 1; i >= 0; --i) {
    size_t k = static_cast<size_t>(i);
    if (++it->indices[k] < as_tuple(it->pool[k])->size) return pick(it, it->indices, n, true);
    it->indices[k] = 0;
  }
  it->state = 2;
  return Value();
}

// --- combinations(iterable, r) / combinations_with_replacement: a = pool tuple,
// i = r, indices ---

Value combinations_common(VM& vm, TypeObject* type, CallArgs args, const char* name, bool replace) {
  Value bound[2];
  if (!vm::parse_args(vm, args, name, {"iterable", "r"}, 2, bound)) return Value();
  int64_t r;
  if (!index_int64(vm, bound[1], &r)) return Value();
  if (r < 0) return vm.raise(&exc_ValueError, "r must be non-negative");
  Value pool = pool_of(vm, bound[0]);
  if (pool.is_null()) return Value();
  ItObject* it = it_new(type);
  it->a = pool;
  it->i = r;
  it->indices.resize(static_cast<size_t>(r));
  for (int64_t k = 0; k < r; ++k) it->indices[static_cast<size_t>(k)] = replace ? 0 : k;
  return Value::from_object(it);
}

Value combinations_new(VM& vm, TypeObject* type, CallArgs args) {
  return combinations_common(vm, type, args, "combinations", false);
}
Value cwr_new(VM& vm, TypeObject* type, CallArgs args) {
  return combinations_common(vm, type, args, "combinations_with_replacement", true);
}

Value combinations_next(VM&, Value self) {
  ItObject* it = as_it(self);
  int64_t n = as_tuple(it->a)->size, r = it->i;
  if (it->state == 2) return Value();
  if (it->state == 0) {
    it->state = r > n ? 2 : 1;
    return it->state == 2 ? Value() : pick(it, it->indices, r, false);
  }
  int64_t i = r - 1;
  while (i >= 0 && it->indices[static_cast<size_t>(i)] == i + n - r) --i;
  if (i < 0) {
    it->state = 2;
    return Value();
  }
  ++it->indices[static_cast<size_t>(i)];
  for (int64_t j = i + 1; j < r; ++j) it->indices[static_cast<size_t>(j)] = it->indices[static_cast<size_t>(j - 1)] + 1;
  return pick(it, it->indices, r, false);
}

Value cwr_next(VM&, Value self) {
  ItObject* it = as_it(self);
  int64_t n = as_tuple(it->a)->size, r = it->i;
  if (it->state == 2) return Value();
  if (it->state == 0) {
    it->state = (n == 0 && r > 0) ? 2 : 1;
    return it->state == 2 ? Value() : pick(it, it->indices, r, false);
  }
  int64_t i = r - 1;
  while (i >= 0 && it->indices[static_cast<size_t>(i)] == n - 1) --i;
  if (i < 0) {
    it->state = 2;
    return Value();
  }
  int64_t v = it->indices[static_cast<size_t>(i)] + 1;
  for (int64_t j = i; j < r; ++j) it->indices[static_cast<size_t>(j)] = v;
  return pick(it, it->indices, r, false);
}

// --- permutations(iterable, r=None): a = pool, i = r, indices and cycles ---

Value permutations_new(VM& vm, TypeObject* type, CallArgs args) {
  Value bound[2];
  if (!vm::parse_args(vm, args, "permutations", {"iterable", "r"}, 1, bound)) return Value();
  Value pool = pool_of(vm, bound[0]);
  if (pool.is_null()) return Value();
  Ref owner = Ref::steal(pool);
  int64_t n = as_tuple(pool)->size, r = n;
  if (!bound[1].is_null() && !is_none(bound[1])) {
    if (!is_int(bound[1])) return vm.raise(&exc_TypeError, "Expected int as r");
    if (!index_int64(vm, bound[1], &r)) return Value();
    if (r < 0) return vm.raise(&exc_ValueError, "r must be non-negative");
  }
  ItObject* it = it_new(type);
  it->a = owner.release();
  it->i = r;
  for (int64_t k = 0; k < n; ++k) it->indices.push_back(k);
  for (int64_t k = 0; k < r && k < n; ++k) it->cycles.push_back(n - k);
  return Value::from_object(it);
}

Value permutations_next(VM&, Value self) {
  ItObject* it = as_it(self);
  int64_t n = as_tuple(it->a)->size, r = it->i;
  if (it->state == 2) return Value();
  if (it->state == 0) {
    it->state = r > n ? 2 : 1;
    return it->state == 2 ? Value() : pick(it, it->indices, r, false);
  }
  for (int64_t i = r - 1; i >= 0; --i) {
    size_t k = static_cast<size_t>(i);
    if (--it->cycles[k] == 0) {
      int64_t first = it->indices[k];
      for (int64_t j = i; j < n - 1; ++j) it->indices[static_cast<size_t>(j)] = it->indices[static_cast<size_t>(j + 1)];
      it->indices[static_cast<size_t>(n - 1)] = first;
      it->cycles[k] = n - i;
    } else {
      size_t j = static_cast<size_t>(n - it->cycles[k]);
      std::swap(it->indices[k], it->indices[j]);
      return pick(it, it->indices, r, false);
    }
  }
  it->state = 2;
  return Value();
}

// --- groupby(iterable, key=None): a = source, b = key function (null: identity),
// c = target key, d = current key, pool[0] = current value, i = generation (which
// _grouper is live) ---

Value groupby_new(VM& vm, TypeObject* type, CallArgs args) {
  Value bound[2];
  if (!vm::parse_args(vm, args, "groupby", {"iterable", "key"}, 1, bound)) return Value();
  Value source = iter(vm, bound[0]);
  if (source.is_null()) return Value();
  ItObject* it = it_new(type);
  it->a = source;
  if (!bound[1].is_null() && !is_none(bound[1])) it->b = (incref(bound[1]), bound[1]);
  it->pool.push_back(Value());
  return Value::from_object(it);
}

// Advances the groupby to its next item: 1, 0 at the end, -1 on error.
int groupby_step(VM& vm, ItObject* g) {
  Value item = next(vm, g->a);
  if (item.is_null()) return vm.has_error() ? -1 : 0;
  Value key = item;
  if (!g->b.is_null()) {
    key = call1(vm, g->b, item);
    if (key.is_null()) {
      decref(item);
      return -1;
    }
  } else {
    incref(key);
  }
  it_set(&g->pool[0], item);
  it_set(&g->d, key);
  return 1;
}

Value groupby_next(VM& vm, Value self) {
  ItObject* g = as_it(self);
  ++g->i;  // earlier groupers stop
  while (true) {
    if (g->d.is_null()) {
      int s = groupby_step(vm, g);
      if (s <= 0) return Value();
    }
    if (g->c.is_null()) break;
    int same = eq(vm, g->c, g->d);
    if (same < 0) return Value();
    if (!same) break;
    int s = groupby_step(vm, g);
    if (s <= 0) return Value();
  }
  incref(g->d);
  it_set(&g->c, g->d);
  ItObject* grouper = it_new(&grouper_type);
  incref(self);
  grouper->a = self;
  incref(g->c);
  grouper->b = g->c;
  grouper->i = g->i;
  Ref group = Ref::steal(Value::from_object(grouper));
  return Value::from_object(tuple_of({g->c, group.get()}));
}

Value grouper_new(VM& vm, TypeObject*, CallArgs) {
  return vm.raise(&exc_TypeError, "cannot create 'itertools._grouper' instances");
}

Value grouper_next(VM& vm, Value self) {
  ItObject* grouper = as_it(self);
  ItObject* g = as_it(grouper->a);
  if (g->i != grouper->i) return Value();
  if (g->d.is_null()) {
    int s = groupby_step(vm, g);
    if (s <= 0) return Value();
  }
  int same = eq(vm, grouper->b, g->d);
  if (same <= 0) return Value();
  Value value = g->pool[0];
  incref(value);
  it_set(&g->d, Value());  // consumed: the next call steps
  return value;
}

// --- tee: a = the shared source iterator, b = the shared buffer (a list), i = position ---

Value tee_new(VM& vm, TypeObject* type, CallArgs args) {
  if (!vm::check_positional(vm, "_tee", args.nargs, 1, 1)) return Value();
  Value source = iter(vm, args.args[0]);
  if (source.is_null()) return Value();
  ItObject* t = it_new(type);
  t->a = source;
  t->b = Value::from_object(list_new());
  return Value::from_object(t);
}

Value tee_next(VM& vm, Value self) {
  ItObject* t = as_it(self);
  ListObject* buffer = as_list(t->b);
  if (t->i < buffer->size) {
    Value v = buffer->items[t->i++];
    incref(v);
    return v;
  }
  Value item = next(vm, t->a);
  if (item.is_null()) return Value();
  list_append(buffer, item);
  ++t->i;
  return item;
}

Value tee_copy(VM&, Value self, CallArgs) {
  ItObject* t = as_it(self);
  ItObject* copy = it_new(&tee_type);
  copy->a = (incref(t->a), t->a);
  copy->b = (incref(t->b), t->b);
  copy->i = t->i;
  return Value::from_object(copy);
}

const MethodDef kTeeMethods[] = {
    {"__copy__", tee_copy, ArgShape::kNoArgs, 0, 0, "Returns an independent iterator."},
    {nullptr, nullptr},
};

}  // namespace

Value tee_function(VM& vm, Value, CallArgs args) {
  int64_t n = 2;
  if (args.nargs > 1 && !index_int64(vm, args.args[1], &n)) return Value();
  if (n < 0) return vm.raise(&exc_ValueError, "n must be >= 0");
  TupleObject* result = tuple_alloc(n);
  Ref owner = Ref::steal(Value::from_object(result));
  if (n == 0) return owner.release();
  Value first;
  if (type_of(args.args[0]) == &tee_type) {
    first = tee_copy(vm, args.args[0], CallArgs{});
  } else {
    Value arg = args.args[0];
    first = tee_new(vm, &tee_type, CallArgs{&arg, 1, nullptr});
  }
  if (first.is_null()) return Value();
  result->items()[0] = first;
  for (int64_t k = 1; k < n; ++k) result->items()[k] = tee_copy(vm, first, CallArgs{});
  return owner.release();
}

void init_combinatoric_types() {
  init_it_type(product_type, "product", product_new, product_next,
               "Cartesian product of input iterables.  Equivalent to nested for-loops.");
  init_it_type(permutations_type, "permutations", permutations_new, permutations_next,
               "Return successive r-length permutations of elements in the iterable.");
  init_it_type(combinations_type, "combinations", combinations_new, combinations_next,
               "Return successive r-length combinations of elements in the iterable.");
  init_it_type(cwr_type, "combinations_with_replacement", cwr_new, cwr_next,
               "Return successive r-length combinations of elements in the iterable allowing individual elements to "
               "have successive repeats.");
  init_it_type(groupby_type, "groupby", groupby_new, groupby_next,
               "make an iterator that returns consecutive keys and groups from the iterable");
  init_it_type(grouper_type, "_grouper", grouper_new, grouper_next, nullptr);
  tee_type.methods = kTeeMethods;
  init_it_type(tee_type, "_tee", tee_new, tee_next, "Iterator wrapped to make it copyable.");
}

}  // namespace glasspy::modules::itertools
