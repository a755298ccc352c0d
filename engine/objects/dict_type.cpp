// The dict type (object model): its slots (repr, len, [], in, iteration, ==, |), its
// constructor forms and its methods. The core table is dict_object.cpp; the views and
// iterators are dict_views.cpp. Registered by init_dict_type().
#include <string>

#include "gc/collector.h"
#include "objects/alloc.h"
#include "objects/classmethod_descriptor.h"
#include "objects/dict_views.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/tuple_object.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::objects {

TypeObject dict_type;

void dict_release_storage(DictObject* d);

Value raise_key_error(VM& vm, Value key) {
  TupleObject* args = tuple_from(&key, 1);
  ExceptionObject* exc = exception_new(&exc_KeyError, args);
  decref(args);
  vm.raise_value(Value::from_object(exc));
  decref(exc);
  return Value();
}

namespace {

void dict_dealloc(Object* self) {
  dict_release_storage(static_cast<DictObject*>(self));
  free_object(self);
}

void dict_traverse(Object* self, VisitFn visit, void* context) {
  const DictObject* d = static_cast<DictObject*>(self);
  for (int64_t i = 0; i < d->entries_used; ++i) {
    const DictEntry& e = d->entries[i];
    if (e.key.is_null()) continue;
    visit(e.key, context);
    visit(e.value, context);
  }
}

void dict_clear_refs(Object* self) { dict_clear(static_cast<DictObject*>(self)); }

Value dict_new_instance(VM&, TypeObject* type, CallArgs) {
  return Value::from_object(dict_new_sized(0, type));
}

// Adds the items of an iterable of pairs (dict(iterable) / update(iterable)).
bool merge_pairs(VM& vm, DictObject* d, Value iterable) {
  Ref it = Ref::steal(iter(vm, iterable));
  if (!it) return false;
  for (int64_t n = 0;; ++n) {
    Ref item = Ref::steal(next(vm, it.get()));
    if (!item) return !vm.has_error();
    Value key, value;
    Ref fast;
    if (is_exact_tuple(item.get()) || is_exact_list(item.get())) {
      fast = Ref::borrow(item.get());
    } else {
      Ref item_it = Ref::steal(iter(vm, item.get()));
      if (!item_it) {
        if (vm.error_matches(&exc_TypeError)) {
          vm.clear_error();
          vm.raise(&exc_TypeError,
                   "cannot convert dictionary update sequence element #" + std::to_string(n) + " to a sequence");
        }
        return false;
      }
      ListObject* l = list_new();
      fast = Ref::steal(Value::from_object(l));
      for (;;) {
        Value x = next(vm, item_it.get());
        if (x.is_null()) {
          if (vm.has_error()) return false;
          break;
        }
        list_append_owned(l, x);
      }
    }
    int64_t size;
    const Value* items;
    if (is_exact_tuple(fast.get())) {
      size = as_tuple(fast.get())->size;
      items = as_tuple(fast.get())->items();
    } else {
      size = as_list(fast.get())->size;
      items = as_list(fast.get())->items;
    }
    if (size != 2) {
      vm.raise(&exc_ValueError, "dictionary update sequence element #" + std::to_string(n) + " has length " +
                                    std::to_string(size) + "; 2 is required");
      return false;
    }
    Ref k = Ref::borrow(items[0]);
    Ref v = Ref::borrow(items[1]);
    key = k.get();
    value = v.get();
    if (!dict_set(vm, d, key, value)) return false;
  }
}

// Adds a mapping's items: a dict directly, anything else through keys() and [].
bool merge_mapping(VM& vm, DictObject* d, Value other) {
  if (is_dict(other) && type_of(other)->iter == dict_type.iter) return dict_merge(vm, d, as_dict(other));
  Ref keys = Ref::steal(call_method(vm, other, vm.intern("keys"), nullptr, 0));
  if (!keys) return false;
  Ref it = Ref::steal(iter(vm, keys.get()));
  if (!it) return false;
  for (;;) {
    Ref key = Ref::steal(next(vm, it.get()));
    if (!key) return !vm.has_error();
    Ref value = Ref::steal(getitem(vm, other, key.get()));
    if (!value) return false;
    if (!dict_set(vm, d, key.get(), value.get())) return false;
  }
}

// dict(arg, **kwargs) / d.update(arg, **kwargs).
bool update_common(VM& vm, DictObject* d, CallArgs args, const char* name) {
  if (args.nargs > 1) {
    vm.raise(&exc_TypeError,
             std::string(name) + " expected at most 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  if (args.nargs == 1) {
    Value arg = args.args[0];
    bool ok;
    if (is_dict(arg)) {
      ok = merge_mapping(vm, d, arg);
    } else {
      Ref keys = Ref::steal(get_attribute_optional(vm, arg, vm.intern("keys")));
      if (vm.has_error()) return false;
      ok = keys ? merge_mapping(vm, d, arg) : merge_pairs(vm, d, arg);
    }
    if (!ok) return false;
  }
  for (size_t i = 0; i < args.nkw(); ++i)
    if (!dict_set(vm, d, args.kwnames->items()[i], args.kw_value(i))) return false;
  return true;
}

bool dict_init(VM& vm, Value self, CallArgs args) { return update_common(vm, as_dict(self), args, "dict"); }

Value dict_repr(VM& vm, Value self) {
  DictObject* d = as_dict(self);
  if (d->used == 0) return Value::from_object(str_from_ascii("{}"));
  if (!vm.enter_repr(self)) return Value::from_object(str_from_ascii("{...}"));
  std::string out = "{";
  int64_t pos = 0;
  Value key, value;
  bool first = true;
  while (dict_next(d, &pos, &key, &value)) {
    if (!first) out += ", ";
    first = false;
    Ref k = Ref::borrow(key);
    Ref v = Ref::borrow(value);
    std::string text;
    if (!repr_utf8(vm, k.get(), &text)) {
      vm.leave_repr(self);
      return Value();
    }
    out += text;
    out += ": ";
    text.clear();
    if (!repr_utf8(vm, v.get(), &text)) {
      vm.leave_repr(self);
      return Value();
    }
    out += text;
  }
  vm.leave_repr(self);
  out += "}";
  return Value::from_object(str_from_utf8(out));
}

int64_t dict_length(VM&, Value self) { return as_dict(self)->used; }

Value dict_subscript(VM& vm, Value self, Value key) {
  DictObject* d = as_dict(self);
  bool error;
  Value v = dict_get(vm, d, key, &error);
  if (!v.is_null()) {
    incref(v);
    return v;
  }
  if (error) return Value();
  if (d->type != &dict_type) {
    StrObject* name = vm.intern("__missing__");
    if (!type_lookup(d->type, name).is_null()) return call_method(vm, self, name, &key, 1);
  }
  return raise_key_error(vm, key);
}

bool dict_ass_subscript(VM& vm, Value self, Value key, Value value) {
  DictObject* d = as_dict(self);
  if (!value.is_null()) return dict_set(vm, d, key, value);
  int r = dict_delete(vm, d, key);
  if (r == 0) raise_key_error(vm, key);
  return r > 0;
}

int dict_contains_slot(VM& vm, Value self, Value key) {
  bool error;
  Value v = dict_get(vm, as_dict(self), key, &error);
  if (error) return -1;
  return v.is_null() ? 0 : 1;
}

Value dict_iter(VM&, Value self) { return dict_iterator_new(as_dict(self), DictIterKind::kKeys, false); }

// dict == dict: same length and every key maps to an equal value.
int dicts_equal(VM& vm, DictObject* a, DictObject* b) {
  if (a->used != b->used) return 0;
  for (int64_t i = 0; i < a->entries_used; ++i) {
    DictEntry& e = a->entries[i];
    if (e.key.is_null()) continue;
    Ref key = Ref::borrow(e.key);
    Ref avalue = Ref::borrow(e.value);
    int64_t h = e.hash;
    bool error;
    Value bvalue = dict_get_hashed(vm, b, key.get(), h, &error);
    if (error) return -1;
    if (bvalue.is_null()) return 0;
    Ref bref = Ref::borrow(bvalue);
    int same = eq(vm, avalue.get(), bref.get());
    if (same <= 0) return same;
  }
  return 1;
}

Value dict_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CompareOp::kEq && op != CompareOp::kNe)) return not_implemented();
  int same = dicts_equal(vm, as_dict(a), as_dict(b));
  if (same < 0) return Value();
  return boolean((same != 0) == (op == CompareOp::kEq));
}

// d | other (a new dict of d's type... as CPython: a copy of the left dict's contents).
Value dict_or(VM& vm, Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return not_implemented();
  DictObject* result = dict_copy(as_dict(a));
  Ref ref = Ref::steal(Value::from_object(result));
  if (!dict_merge(vm, result, as_dict(b))) return Value();
  return ref.release();
}

Value dict_ior(VM& vm, Value a, Value b) {
  if (!is_dict(a)) return not_implemented();
  Value arg = b;
  CallArgs args{&arg, 1, nullptr};
  if (!update_common(vm, as_dict(a), args, "update")) return Value();
  incref(a);
  return a;
}

// ---- methods ----

Value dict_get_method(VM& vm, Value self, CallArgs args) {
  bool error;
  Value v = dict_get(vm, as_dict(self), args.args[0], &error);
  if (error) return Value();
  if (v.is_null()) v = args.nargs > 1 ? args.args[1] : none();
  incref(v);
  return v;
}

Value dict_setdefault(VM& vm, Value self, CallArgs args) {
  DictObject* d = as_dict(self);
  Value key = args.args[0];
  Value dflt = args.nargs > 1 ? args.args[1] : none();
  int64_t h;
  if (!dict_key_hash(vm, key, &h)) return Value();
  bool error;
  Value v = dict_get_hashed(vm, d, key, h, &error);
  if (error) return Value();
  if (v.is_null()) {
    if (!dict_set_hashed(vm, d, key, h, dflt)) return Value();
    v = dflt;
  }
  incref(v);
  return v;
}

Value dict_pop_method(VM& vm, Value self, CallArgs args) {
  Value out;
  int r = dict_pop(vm, as_dict(self), args.args[0], &out);
  if (r < 0) return Value();
  if (r > 0) return out;
  if (args.nargs > 1) {
    incref(args.args[1]);
    return args.args[1];
  }
  return raise_key_error(vm, args.args[0]);
}

Value dict_popitem(VM& vm, Value self, CallArgs) {
  Value key, value;
  if (!dict_pop_last(as_dict(self), &key, &value))
    return vm.raise(&exc_KeyError, "popitem(): dictionary is empty");
  TupleObject* t = tuple_alloc(2);
  t->items()[0] = key;
  t->items()[1] = value;
  return Value::from_object(t);
}

Value dict_update_method(VM& vm, Value self, CallArgs args) {
  if (!update_common(vm, as_dict(self), args, "update")) return Value();
  return none();
}

Value dict_keys_method(VM&, Value self, CallArgs) { return dict_view_new(as_dict(self), DictIterKind::kKeys); }
Value dict_values_method(VM&, Value self, CallArgs) { return dict_view_new(as_dict(self), DictIterKind::kValues); }
Value dict_items_method(VM&, Value self, CallArgs) { return dict_view_new(as_dict(self), DictIterKind::kItems); }

Value dict_copy_method(VM&, Value self, CallArgs) { return Value::from_object(dict_copy(as_dict(self))); }

Value dict_clear_method(VM&, Value self, CallArgs) {
  dict_clear(as_dict(self));
  return none();
}

Value dict_reversed_method(VM&, Value self, CallArgs) {
  return dict_iterator_new(as_dict(self), DictIterKind::kKeys, true);
}

Value dict_contains_method(VM& vm, Value self, CallArgs args) {
  int r = dict_contains_slot(vm, self, args.args[0]);
  if (r < 0) return Value();
  return boolean(r != 0);
}

Value dict_getitem_method(VM& vm, Value self, CallArgs args) { return dict_subscript(vm, self, args.args[0]); }

Value dict_sizeof(VM&, Value self, CallArgs) {
  DictObject* d = as_dict(self);
  int64_t size = 48;
  if (d->index_mask >= 0)
    size += (d->index_mask + 1) * 4 + d->entries_capacity * static_cast<int64_t>(sizeof(DictEntry));
  return make_int(size);
}

const MethodDef kDictMethods[] = {
    {"__getitem__", dict_getitem_method, ArgShape::kOneArg, 1, 1, "x.__getitem__(y) <==> x[y]"},
    {"__contains__", dict_contains_method, ArgShape::kOneArg, 1, 1,
     "True if the dictionary has the specified key, else False."},
    {"__sizeof__", dict_sizeof, ArgShape::kNoArgs, 0, 0, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"__reversed__", dict_reversed_method, ArgShape::kNoArgs, 0, 0,
     "Return a reverse iterator over the dict keys."},
    {"get", dict_get_method, ArgShape::kPositional, 1, 2,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault, ArgShape::kPositional, 1, 2,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is "
     "in the dictionary, else default."},
    {"pop", dict_pop_method, ArgShape::kPositional, 1, 2,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, "
     "return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", dict_popitem, ArgShape::kNoArgs, 0, 0,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) "
     "order.\nRaises KeyError if the dict is empty."},
    {"keys", dict_keys_method, ArgShape::kNoArgs, 0, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", dict_items_method, ArgShape::kNoArgs, 0, 0,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", dict_values_method, ArgShape::kNoArgs, 0, 0, "D.values() -> an object providing a view on D's values"},
    {"update", dict_update_method, ArgShape::kKeywords, 0, -1,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, "
     "then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: "
     "D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]"},
    {"clear", dict_clear_method, ArgShape::kNoArgs, 0, 0, "D.clear() -> None.  Remove all items from D."},
    {"copy", dict_copy_method, ArgShape::kNoArgs, 0, 0, "D.copy() -> a shallow copy of D"},
    {nullptr, nullptr},
};

}  // namespace

// dict.fromkeys(iterable, value=None) for class `cls` (a classmethod: see init_dict_type).
Value dict_fromkeys(VM& vm, TypeObject* cls, Value iterable, Value value) {
  if (value.is_null()) value = none();
  Ref result;
  if (cls == &dict_type) {
    result = Ref::steal(Value::from_object(dict_new()));
  } else {
    result = Ref::steal(call0(vm, Value::from_object(cls)));
    if (!result) return Value();
  }
  bool exact = is_exact_dict(result.get());
  if (exact && is_exact_dict(iterable)) {
    DictObject* src = as_dict(iterable);
    DictObject* d = as_dict(result.get());
    int64_t pos = 0;
    Value key;
    while (dict_next(src, &pos, &key, nullptr))
      if (!dict_set_hashed(vm, d, key, dict_hash_before(src, pos), value)) return Value();
    return result.release();
  }
  Ref it = Ref::steal(iter(vm, iterable));
  if (!it) return Value();
  for (;;) {
    Ref key = Ref::steal(next(vm, it.get()));
    if (!key) break;
    bool ok = exact ? dict_set(vm, as_dict(result.get()), key.get(), value)
                    : setitem(vm, result.get(), key.get(), value);
    if (!ok) return Value();
  }
  if (vm.has_error()) return Value();
  return result.release();
}

namespace {

// dict.fromkeys, called with the class as self.
Value dict_fromkeys_native(VM& vm, Value self, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(&exc_TypeError, "fromkeys() takes no keyword arguments");
  if (args.nargs < 1 || args.nargs > 2)
    return vm.raise(&exc_TypeError, std::string("fromkeys expected ") + (args.nargs < 1 ? "at least 1" : "at most 2") +
                                        " argument" + (args.nargs < 1 ? "" : "s") + ", got " +
                                        std::to_string(args.nargs));
  return dict_fromkeys(vm, static_cast<TypeObject*>(self.as_object()), args.args[0], args.nargs > 1 ? args.args[1] : Value());
}

const MethodDef kFromkeysDef = {"fromkeys", dict_fromkeys_native, ArgShape::kKeywords, 0, -1,
                                "Create a new dictionary with keys from iterable and values set to value."};

}  // namespace

// dict.fromkeys is a class method (a classmethod_descriptor in dict's dict).
void init_dict_classmethods() { add_static_classmethod(&dict_type, &kFromkeysDef); }

void init_dict_type() {
  TypeObject& t = dict_type;
  t.name = "dict";
  t.type_flags = kTypeBaseType | kTypeGc | kTypeDictSubclass | kTypeImmutable;
  t.basic_size = sizeof(DictObject);
  t.dealloc = dict_dealloc;
  t.traverse = dict_traverse;
  t.clear = dict_clear_refs;
  t.new_instance = dict_new_instance;
  t.init = dict_init;
  t.repr = dict_repr;
  t.richcompare = dict_richcompare;
  t.length = dict_length;
  t.getitem = dict_subscript;
  t.setitem = dict_ass_subscript;
  t.contains = dict_contains_slot;
  t.iter = dict_iter;
  t.binary[static_cast<int>(BinaryOp::kOr)] = dict_or;
  t.inplace[static_cast<int>(BinaryOp::kOr)] = dict_ior;
  t.methods = kDictMethods;
  t.doc =
      "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    "
      "(key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in "
      "iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in "
      "the keyword argument list.  For example:  dict(one=1, two=2)";
  init_dict_view_types();
}

}  // namespace glasspy::objects
