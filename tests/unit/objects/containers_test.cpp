// Unit tests for the container types (objects/set_object, dict, list, slice): set
// iteration order and frozenset hashes equal CPython 3.11's with PYTHONHASHSEED=0 (the
// expected strings come from python3), list.sort against std::stable_sort, slice indices.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "host/host.h"
#include "objects/builtin_iterators.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/dict_views.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

using namespace glasspy::objects;
using glasspy::vm::VM;

namespace {

class QuietHost : public glasspy::host::Host {
 public:
  void write_stdout(std::string_view) override {}
  void write_stderr(std::string_view) override {}
  std::optional<std::string> read_line() override { return std::nullopt; }
  double wall_time() override { return 0; }
  double monotonic_time() override { return 0; }
  std::optional<std::string> read_file(const std::string&, std::string*) override { return std::nullopt; }
};

struct Fixture {
  QuietHost host;
  VM vm{host};

  std::string repr_of(Value v) {
    std::string out;
    if (!repr_utf8(vm, v, &out)) {
      vm.clear_error();
      return "<error>";
    }
    return out;
  }
  Value s(const char* text) { return Value::from_object(str_from_utf8(text)); }
  Value i(int64_t n) { return make_int(n); }
  // A new list of owned values.
  Value list(std::initializer_list<Value> owned) {
    ListObject* l = list_new();
    for (Value v : owned) list_append_owned(l, v);
    return Value::from_object(l);
  }
  Value set_of(Value list_value) {
    Value r = make_set_from_iterable(vm, list_value);
    decref(list_value);
    return r;
  }
};

}  // namespace

TEST_CASE_FIXTURE(Fixture, "sets of ints iterate in CPython's order") {
  Ref a = Ref::steal(set_of(list({i(10), i(3), i(8), i(100), i(64), i(1000), i(5), i(-1), i(int64_t{1} << 40),
                                   i(17), i(33), i(49)})));
  CHECK(repr_of(a.get()) == "{64, 1099511627776, 33, 3, 100, 5, 8, 1000, 10, 17, 49, -1}");

  // Discards leave dummies that later adds reuse.
  ListObject* l = list_new();
  for (int n = 0; n < 20; ++n) list_append_owned(l, i(n));
  Ref b = Ref::steal(make_set_from_iterable(vm, Value::from_object(l)));
  decref(l);
  CallArgs none_args{};
  (void)none_args;
  for (int n = 0; n < 20; n += 3) {
    Value key = i(n);
    REQUIRE(set_update_op(vm, b.get(), Ref::steal(list({key})).get(), BinaryOp::kSubtract));
  }
  REQUIRE(set_add(vm, b.get(), i(100)));
  REQUIRE(set_add(vm, b.get(), i(-5)));
  CHECK(repr_of(b.get()) == "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 100, -5}");
}

TEST_CASE_FIXTURE(Fixture, "sets of strs iterate in CPython's order") {
  Ref a = Ref::steal(set_of(list({s("apple"), s("banana"), s("cherry"), s("date"), s("elderberry"), s("fig"),
                                   s("grape")})));
  CHECK(repr_of(a.get()) == "{'banana', 'apple', 'cherry', 'fig', 'date', 'grape', 'elderberry'}");
  Ref hello = Ref::steal(make_set_from_iterable(vm, Ref::steal(s("hello world")).get()));
  CHECK(repr_of(hello.get()) == "{' ', 'd', 'r', 'h', 'o', 'e', 'w', 'l'}");
}

TEST_CASE_FIXTURE(Fixture, "big sets grow as CPython's") {
  ListObject* l = list_new();
  for (int n = 0; n < 300000; n += 7) list_append_owned(l, i(n));
  Ref a = Ref::steal(make_set_from_iterable(vm, Value::from_object(l)));
  decref(l);
  Ref items = Ref::steal(list_from_iterable(vm, a.get()));
  ListObject* r = as_list(items.get());
  REQUIRE(r->size == 42858);
  CHECK(r->items[0].as_small_int() == 0);
  CHECK(r->items[1].as_small_int() == 131075);
  CHECK(r->items[2].as_small_int() == 262150);
  CHECK(r->items[r->size - 1].as_small_int() == 262143);
}

TEST_CASE_FIXTURE(Fixture, "frozenset hashes and set operations") {
  Ref f = Ref::steal(make_frozenset(vm, nullptr, 0));
  int64_t h = 0;
  REQUIRE(hash(vm, f.get(), &h));
  CHECK(h == 133146708735736);
  Value items[] = {i(1), i(2), i(3)};
  Ref g = Ref::steal(make_frozenset(vm, items, 3));
  REQUIRE(hash(vm, g.get(), &h));
  CHECK(h == -272375401224217160);
  Ref x = Ref::steal(set_of(list({i(1), i(2), i(3)})));
  Ref y = Ref::steal(set_of(list({i(3), i(4), i(5)})));
  Ref z = Ref::steal(binary_op(vm, x.get(), y.get(), BinaryOp::kXor));
  CHECK(repr_of(z.get()) == "{1, 2, 4, 5}");
  Ref descending = Ref::steal(make_set(vm, nullptr, 0));
  for (int n = 100; n > 0; n -= 7) REQUIRE(set_add(vm, descending.get(), i(n)));
  CHECK(repr_of(descending.get()) == "{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}");
  CHECK(repr_of(f.get()) == "frozenset()");
  CHECK(repr_of(g.get()) == "frozenset({1, 2, 3})");
}

TEST_CASE_FIXTURE(Fixture, "dict repr, views and KeyError") {
  DictObject* d = dict_new();
  Ref dref = Ref::steal(Value::from_object(d));
  REQUIRE(dict_set(vm, d, Ref::steal(s("a")).get(), i(1)));
  REQUIRE(dict_set(vm, d, i(2), Ref::steal(s("two")).get()));
  CHECK(repr_of(dref.get()) == "{'a': 1, 2: 'two'}");
  Ref keys = Ref::steal(dict_view_new(d, DictIterKind::kKeys));
  Ref items = Ref::steal(dict_view_new(d, DictIterKind::kItems));
  CHECK(repr_of(keys.get()) == "dict_keys(['a', 2])");
  CHECK(repr_of(items.get()) == "dict_items([('a', 1), (2, 'two')])");
  // Recursion shows {...}.
  REQUIRE(dict_set(vm, d, Ref::steal(s("self")).get(), dref.get()));
  CHECK(repr_of(dref.get()) == "{'a': 1, 2: 'two', 'self': {...}}");
  REQUIRE(dict_delete(vm, d, Ref::steal(s("self")).get()) == 1);
  Ref missing = Ref::steal(getitem(vm, dref.get(), i(5)));
  CHECK(missing.is_null());
  CHECK(vm.error_matches(&exc_KeyError));
  vm.clear_error();
  Ref sub = Ref::steal(binary_op(vm, keys.get(), Ref::steal(list({s("a")})).get(), BinaryOp::kSubtract));
  CHECK(repr_of(sub.get()) == "{2}");
}

TEST_CASE_FIXTURE(Fixture, "list.sort is stable and matches std::stable_sort") {
  std::mt19937 rng(42);
  for (int size : {0, 1, 2, 5, 31, 64, 65, 200, 1000, 5000}) {
    for (int pattern = 0; pattern < 4; ++pattern) {
      std::vector<int64_t> data(size);
      for (int k = 0; k < size; ++k) {
        switch (pattern) {
          case 0: data[k] = rng() % 100; break;            // many duplicates
          case 1: data[k] = k; break;                      // sorted
          case 2: data[k] = size - k; break;               // reversed
          default: data[k] = (k / 50) * 1000 + rng() % 40;  // sorted blocks with noise
        }
      }
      // Sort (value, original index) pairs as tuples by a key of the value: stability
      // shows in the indices.
      ListObject* l = list_new();
      for (int k = 0; k < size; ++k) {
        Ref a = Ref::steal(i(data[k]));
        Ref b = Ref::steal(i(k));
        list_append_owned(l, Value::from_object(tuple_of({a.get(), b.get()})));
      }
      Ref lref = Ref::steal(Value::from_object(l));
      REQUIRE(list_sort(vm, l, Value(), false));
      std::vector<std::pair<int64_t, int64_t>> expect;
      for (int k = 0; k < size; ++k) expect.push_back({data[k], k});
      std::stable_sort(expect.begin(), expect.end());
      bool same = true;
      for (int k = 0; k < size; ++k) {
        TupleObject* t = as_tuple(l->items[k]);
        same = same && t->items()[0].as_small_int() == expect[k].first && t->items()[1].as_small_int() == expect[k].second;
      }
      CHECK(same);
      // Plain ints, reversed.
      ListObject* m = list_new();
      for (int k = 0; k < size; ++k) list_append_owned(m, i(data[k]));
      Ref mref = Ref::steal(Value::from_object(m));
      REQUIRE(list_sort(vm, m, Value(), true));
      std::vector<int64_t> sorted = data;
      std::sort(sorted.begin(), sorted.end(), std::greater<int64_t>());
      bool same2 = true;
      for (int k = 0; k < size; ++k) same2 = same2 && m->items[k].as_small_int() == sorted[k];
      CHECK(same2);
    }
  }
}

TEST_CASE_FIXTURE(Fixture, "slice indices clamp as CPython's") {
  auto check = [&](Value start, Value stop, Value step, int64_t len, int64_t e_start, int64_t e_stop, int64_t e_step,
                   int64_t e_n) {
    Ref sl = Ref::steal(Value::from_object(slice_new(start, stop, step)));
    int64_t a, b, c, n;
    REQUIRE(slice_indices(vm, sl.get(), len, &a, &b, &c, &n));
    CHECK(a == e_start);
    CHECK(b == e_stop);
    CHECK(c == e_step);
    CHECK(n == e_n);
  };
  check(Value(), Value(), Value(), 10, 0, 10, 1, 10);
  check(Value(), Value(), i(-1), 10, 9, -1, -1, 10);
  check(i(-3), Value(), Value(), 10, 7, 10, 1, 3);
  check(i(2), i(100), i(3), 10, 2, 10, 3, 3);
  check(i(-100), i(5), i(-2), 10, -1, 5, -2, 0);
  check(i(8), i(1), i(-3), 10, 8, 1, -3, 3);
}

namespace {

// The items of a list of small ints.
std::vector<int64_t> ints_of(Value list) {
  std::vector<int64_t> out;
  ListObject* l = as_list(list);
  for (int64_t k = 0; k < l->size; ++k) out.push_back(l->items[k].as_small_int());
  return out;
}

}  // namespace

TEST_CASE_FIXTURE(Fixture, "list slices: get, delete and assign agree with a reference") {
  std::mt19937 rng(7);
  const int64_t choices[] = {-12, -7, -3, -1, 0, 1, 2, 3, 5, 9, 13};
  auto pick = [&](bool allow_none, bool nonzero) -> Value {
    if (allow_none && rng() % 4 == 0) return none();
    int64_t v;
    do v = choices[rng() % 11];
    while (nonzero && v == 0);
    return Value::from_small_int(v);
  };
  for (int round = 0; round < 3000; ++round) {
    int64_t n = rng() % 12;
    ListObject* l = list_new();
    std::vector<int64_t> ref;
    for (int64_t k = 0; k < n; ++k) {
      list_append_owned(l, i(k));
      ref.push_back(k);
    }
    Ref lref = Ref::steal(Value::from_object(l));
    Ref sl = Ref::steal(Value::from_object(slice_new(pick(true, false), pick(true, false), pick(true, true))));
    int64_t start, stop, step, count;
    REQUIRE(slice_indices(vm, sl.get(), n, &start, &stop, &step, &count));
    std::vector<int64_t> selected;
    for (int64_t k = 0, at = start; k < count; ++k, at += step) selected.push_back(ref[at]);
    Ref got = Ref::steal(getitem(vm, lref.get(), sl.get()));
    REQUIRE(!got.is_null());
    CHECK(ints_of(got.get()) == selected);
    int action = rng() % 3;
    if (action == 0) {
      REQUIRE(delitem(vm, lref.get(), sl.get()));
      std::vector<int64_t> expect;
      for (int64_t k = 0; k < n; ++k) {
        bool removed = false;
        for (int64_t j = 0, at = start; j < count; ++j, at += step) removed = removed || at == k;
        if (!removed) expect.push_back(ref[k]);
      }
      CHECK(ints_of(lref.get()) == expect);
    } else {
      // Assign 100, 101, ...: the same count for extended slices, any count for step 1.
      int64_t m = step == 1 && action == 2 ? static_cast<int64_t>(rng() % 5) : count;
      ListObject* src = list_new();
      for (int64_t k = 0; k < m; ++k) list_append_owned(src, i(100 + k));
      Ref sref = Ref::steal(Value::from_object(src));
      REQUIRE(setitem(vm, lref.get(), sl.get(), sref.get()));
      std::vector<int64_t> expect = ref;
      if (step == 1) {
        int64_t hi = stop < start ? start : stop;
        expect.erase(expect.begin() + start, expect.begin() + hi);
        for (int64_t k = 0; k < m; ++k) expect.insert(expect.begin() + start + k, 100 + k);
      } else {
        for (int64_t j = 0, at = start; j < count; ++j, at += step) expect[at] = 100 + j;
      }
      CHECK(ints_of(lref.get()) == expect);
    }
  }
}

TEST_CASE_FIXTURE(Fixture, "extended slice assignment of the wrong size") {
  Ref l = Ref::steal(list({i(1), i(2), i(3), i(4)}));
  Ref sl = Ref::steal(Value::from_object(slice_new(Value(), Value(), i(2))));
  Ref three = Ref::steal(list({i(7), i(8), i(9)}));
  CHECK_FALSE(setitem(vm, l.get(), sl.get(), three.get()));
  Value exc = vm.fetch_error();
  CHECK(repr_of(exc) == "ValueError('attempt to assign sequence of size 3 to extended slice of size 2')");
  decref(exc);
}

TEST_CASE_FIXTURE(Fixture, "list[int] and dict.fromkeys through class methods") {
  Value list_cls = Value::from_object(&list_type);
  Value dict_cls = Value::from_object(&dict_type);
  Value int_cls = Value::from_object(&int_type);
  Ref alias = Ref::steal(getitem(vm, list_cls, int_cls));
  REQUIRE(!alias.is_null());
  CHECK(repr_of(alias.get()) == "list[int]");
  Ref args = Ref::steal(Value::from_object(tuple_of({Value::from_object(&str_type), alias.get()})));
  Ref nested = Ref::steal(getitem(vm, dict_cls, args.get()));
  CHECK(repr_of(nested.get()) == "dict[str, list[int]]");
  Ref keys = Ref::steal(list({s("a"), s("b")}));
  Ref fromkeys = Ref::steal(getattr(vm, dict_cls, "fromkeys"));
  REQUIRE(!fromkeys.is_null());
  Ref d = Ref::steal(call2(vm, fromkeys.get(), keys.get(), i(0)));
  CHECK(repr_of(d.get()) == "{'a': 0, 'b': 0}");
  Ref hash_attr = Ref::steal(getattr(vm, list_cls, "__hash__"));
  CHECK(is_none(hash_attr.get()));
}

namespace {

// Calls self.name(*args) (args owned by the caller) and gives repr of the result, or
// "Type: message" of the exception.
std::string call_repr(Fixture& f, Value self, const char* name, std::initializer_list<Value> args) {
  std::vector<Value> v(args);
  Ref r = Ref::steal(call_method(f.vm, self, f.vm.intern(name), v.data(), v.size()));
  if (r.is_null()) {
    Ref exc = Ref::steal(f.vm.fetch_error());
    std::string text;
    if (!str_utf8(f.vm, exc.get(), &text)) f.vm.clear_error();
    return std::string(type_name(exc.get())) + ": " + text;
  }
  return f.repr_of(r.get());
}

std::string call_type(Fixture& f, TypeObject* type, std::initializer_list<Value> args) {
  std::vector<Value> v(args);
  Ref r = Ref::steal(call(f.vm, Value::from_object(type), CallArgs{v.data(), v.size(), nullptr}));
  if (r.is_null()) {
    Ref exc = Ref::steal(f.vm.fetch_error());
    std::string text;
    if (!str_utf8(f.vm, exc.get(), &text)) f.vm.clear_error();
    return std::string(type_name(exc.get())) + ": " + text;
  }
  Ref as_list = Ref::steal(list_from_iterable(f.vm, r.get()));
  if (as_list.is_null()) {
    f.vm.clear_error();
    return f.repr_of(r.get());
  }
  return f.repr_of(as_list.get());
}

}  // namespace

TEST_CASE_FIXTURE(Fixture, "methods of list, dict and set give CPython's results and messages") {
  Ref l = Ref::steal(list({i(3), i(1), i(2)}));
  CHECK(call_repr(*this, l.get(), "index", {i(7)}) == "ValueError: 7 is not in list");
  CHECK(call_repr(*this, l.get(), "remove", {i(7)}) == "ValueError: list.remove(x): x not in list");
  CHECK(call_repr(*this, l.get(), "pop", {i(9)}) == "IndexError: pop index out of range");
  CHECK(call_repr(*this, l.get(), "insert", {i(-1), i(9)}) == "None");
  CHECK(repr_of(l.get()) == "[3, 1, 9, 2]");
  CHECK(call_repr(*this, l.get(), "count", {i(9)}) == "1");
  Ref empty = Ref::steal(list({}));
  CHECK(call_repr(*this, empty.get(), "pop", {}) == "IndexError: pop from empty list");

  DictObject* d = dict_new();
  Ref dref = Ref::steal(Value::from_object(d));
  CHECK(call_repr(*this, dref.get(), "popitem", {}) == "KeyError: 'popitem(): dictionary is empty'");
  CHECK(call_repr(*this, dref.get(), "setdefault", {i(1), i(2)}) == "2");
  CHECK(call_repr(*this, dref.get(), "get", {i(5)}) == "None");
  CHECK(call_repr(*this, dref.get(), "pop", {i(5)}) == "KeyError: 5");
  Ref bad_pairs = Ref::steal(list({Value::from_object(tuple_of({i(1), i(2), i(3)}))}));
  CHECK(call_repr(*this, dref.get(), "update", {bad_pairs.get()}) ==
        "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  Ref bad_items = Ref::steal(list({i(1)}));
  CHECK(call_repr(*this, dref.get(), "update", {bad_items.get()}) ==
        "TypeError: cannot convert dictionary update sequence element #0 to a sequence");

  Ref a = Ref::steal(make_set_from_iterable(vm, Ref::steal(s("abcde")).get()));
  Ref b = Ref::steal(s("cdefg"));
  CHECK(call_repr(*this, a.get(), "union", {b.get(), Ref::steal(s("xy")).get()}) ==
        "{'d', 'y', 'b', 'a', 'f', 'x', 'g', 'c', 'e'}");
  CHECK(call_repr(*this, a.get(), "symmetric_difference", {b.get()}) == "{'f', 'g', 'b', 'a'}");
  CHECK(call_repr(*this, a.get(), "issubset", {b.get()}) == "False");
  Ref e = Ref::steal(make_set(vm, nullptr, 0));
  CHECK(call_repr(*this, e.get(), "pop", {}) == "KeyError: 'pop from an empty set'");
  CHECK(call_repr(*this, e.get(), "remove", {i(2)}) == "KeyError: 2");
}

TEST_CASE_FIXTURE(Fixture, "range, zip, enumerate, map, filter, reversed") {
  CHECK(call_type(*this, &range_type, {i(0), i(10), i(3)}) == "[0, 3, 6, 9]");
  CHECK(call_type(*this, &range_type, {i(1), i(2), i(0)}) == "ValueError: range() arg 3 must not be zero");
  CHECK(call_type(*this, &range_type, {}) == "TypeError: range expected at least 1 argument, got 0");
  Ref r = Ref::steal(call(vm, Value::from_object(&range_type), CallArgs{std::vector<Value>{i(0), i(10), i(2)}.data(), 3, nullptr}));
  CHECK(repr_of(r.get()) == "range(0, 10, 2)");
  Ref sl = Ref::steal(Value::from_object(slice_new(Value(), Value(), i(-1))));
  Ref rev = Ref::steal(getitem(vm, r.get(), sl.get()));
  CHECK(repr_of(rev.get()) == "range(8, -2, -2)");
  CHECK(call_repr(*this, r.get(), "index", {i(5)}) == "ValueError: 5 is not in range");
  CHECK(call_repr(*this, r.get(), "index", {i(6)}) == "3");
  Ref ab = Ref::steal(s("ab"));
  Ref three = Ref::steal(list({i(1), i(2), i(3)}));
  CHECK(call_type(*this, &zip_type, {ab.get(), three.get()}) == "[('a', 1), ('b', 2)]");
  CHECK(call_type(*this, &enumerate_type, {ab.get(), i(5)}) == "[(5, 'a'), (6, 'b')]");
  CHECK(call_type(*this, &reversed_type, {three.get()}) == "[3, 2, 1]");
  CHECK(call_type(*this, &reversed_type, {i(5)}) == "TypeError: 'int' object is not reversible");
  CHECK(call_type(*this, &filter_type, {none(), Ref::steal(list({i(0), i(1), i(2)})).get()}) == "[1, 2]");
  CHECK(call_type(*this, &map_type, {none()}) == "TypeError: map() must have at least two arguments.");
  // zip(..., strict=True)
  Ref strict = Ref::steal(Value::from_object(str_from_ascii("strict")));
  Ref strict_name = Ref::steal(Value::from_object(tuple_of({strict.get()})));
  std::vector<Value> zargs = {three.get(), ab.get(), true_value()};
  Ref z = Ref::steal(call(vm, Value::from_object(&zip_type), CallArgs{zargs.data(), 2, as_tuple(strict_name.get())}));
  REQUIRE(!z.is_null());
  Ref zl = Ref::steal(list_from_iterable(vm, z.get()));
  CHECK(zl.is_null());
  Ref exc = Ref::steal(vm.fetch_error());
  CHECK(repr_of(exc.get()) == "ValueError('zip() argument 2 is shorter than argument 1')");
}

namespace {

ListObject* g_sorted_list = nullptr;
int g_key_calls = 0;

// A key function that appends to the list being sorted on its third call.
Value meddling_key(VM&, Value, CallArgs args) {
  if (++g_key_calls == 3) list_append(g_sorted_list, Value::from_small_int(99));
  incref(args.args[0]);
  return args.args[0];
}

const MethodDef kMeddlingKey = {"meddle", meddling_key, ArgShape::kOneArg, 1, 1, nullptr};

}  // namespace

TEST_CASE_FIXTURE(Fixture, "sort errors: mutation during sort, failed comparisons keep the items") {
  Ref l = Ref::steal(list({i(3), i(1), i(2), i(5), i(4)}));
  g_sorted_list = as_list(l.get());
  g_key_calls = 0;
  Ref key = Ref::steal(Value::from_object(native_function_new(&kMeddlingKey, Value())));
  CHECK_FALSE(list_sort(vm, as_list(l.get()), key.get(), false));
  Ref exc = Ref::steal(vm.fetch_error());
  CHECK(repr_of(exc.get()) == "ValueError('list modified during sort')");
  CHECK(repr_of(l.get()) == "[1, 2, 3, 4, 5]");

  // Mixed types: TypeError, and the list still holds every item.
  std::vector<Value> items;
  for (int k = 0; k < 100; ++k) items.push_back(k == 70 ? s("x") : i((k * 37) % 100));
  ListObject* m = list_new();
  for (Value v : items) list_append_owned(m, v);
  Ref mref = Ref::steal(Value::from_object(m));
  CHECK_FALSE(list_sort(vm, m, Value(), false));
  Ref exc2 = Ref::steal(vm.fetch_error());
  CHECK(repr_of(exc2.get()).find("not supported between instances of") != std::string::npos);
  REQUIRE(m->size == 100);
  int strs = 0;
  std::vector<int64_t> seen;
  for (int64_t k = 0; k < m->size; ++k) {
    if (is_str(m->items[k])) ++strs;
    else seen.push_back(m->items[k].as_small_int());
  }
  std::sort(seen.begin(), seen.end());
  std::vector<int64_t> expect;
  for (int k = 0; k < 100; ++k)
    if (k != 70) expect.push_back((k * 37) % 100);
  std::sort(expect.begin(), expect.end());
  CHECK(strs == 1);
  CHECK(seen == expect);
}
