// builtins.__build_class__ (builtins stage): PEP 560's __mro_entries__, the metaclass
// calculation, __prepare__, running the class body in its namespace, calling the
// metaclass, and CPython's checks of the __class__ cell.
#include "builtins/build_class.h"

#include <string>
#include <vector>

#include "objects/builtin_types.h"
#include "objects/callable_objects.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_wrappers.h"
#include "objects/property_object.h"
#include "objects/super_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::builtins {

using namespace objects;

namespace {

TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }
bool is_type(Value v) { return v.is_object() && has_flag(type_of(v), kTypeTypeSubclass); }

// PEP 560: a base that is not a class may stand for others through __mro_entries__.
// The same tuple (a new reference) when nothing changes.
Value update_bases(VM& vm, TupleObject* orig_bases) {
  ListObject* changed = nullptr;
  StrObject* mro_entries = vm.intern("__mro_entries__");
  for (int64_t i = 0; i < orig_bases->size; ++i) {
    Value base = orig_bases->items()[i];
    Value meth;
    if (!is_type(base)) {
      meth = get_attribute_optional(vm, base, mro_entries);
      if (meth.is_null() && vm.has_error()) {
        if (changed) decref(changed);
        return Value();
      }
    }
    if (meth.is_null()) {
      if (changed) list_append(changed, base);
      continue;
    }
    Value entries = call1(vm, meth, Value::from_object(orig_bases));
    decref(meth);
    if (entries.is_null()) {
      if (changed) decref(changed);
      return Value();
    }
    if (!is_tuple(entries)) {
      decref(entries);
      if (changed) decref(changed);
      return vm.raise(&exc_TypeError, "__mro_entries__ must return a tuple");
    }
    if (changed == nullptr) changed = list_from(orig_bases->items(), i);
    TupleObject* t = as_tuple(entries);
    for (int64_t j = 0; j < t->size; ++j) list_append(changed, t->items()[j]);
    decref(entries);
  }
  if (changed == nullptr) {
    incref(orig_bases);
    return Value::from_object(orig_bases);
  }
  TupleObject* result = tuple_from(changed->items, changed->size);
  decref(changed);
  return Value::from_object(result);
}

// The most derived of `meta` and the bases' metaclasses; null with TypeError on conflict.
TypeObject* calculate_metaclass(VM& vm, TypeObject* meta, TupleObject* bases) {
  TypeObject* winner = meta;
  for (int64_t i = 0; i < bases->size; ++i) {
    TypeObject* t = type_of(bases->items()[i]);
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    vm.raise(&exc_TypeError,
             "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
             "metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// Calls `callable(lead..., **kwds)` where kwds are the class statement's keywords.
Value call_with_keywords(VM& vm, Value callable, std::initializer_list<Value> lead, const std::vector<Value>& kw_values,
                         TupleObject* kw_names) {
  std::vector<Value> all(lead);
  all.insert(all.end(), kw_values.begin(), kw_values.end());
  return call(vm, callable, CallArgs{all.data(), lead.size(), kw_names});
}

}  // namespace

Value build_class(VM& vm, CallArgs args) {
  if (args.nargs < 2) return vm.raise(&exc_TypeError, "__build_class__: not enough arguments");
  Value func = args.args[0];
  if (!is_function(func)) return vm.raise(&exc_TypeError, "__build_class__: func must be a function");
  Value name = args.args[1];
  if (!is_str(name)) return vm.raise(&exc_TypeError, "__build_class__: name is not a string");
  Ref orig_bases = Ref::steal(Value::from_object(tuple_from(args.args + 2, static_cast<int64_t>(args.nargs - 2))));
  Ref bases = Ref::steal(update_bases(vm, as_tuple(orig_bases.get())));
  if (bases.is_null()) return Value();
  TupleObject* base_tuple = as_tuple(bases.get());

  // metaclass= is taken out; the other keywords go to __prepare__ and the metaclass.
  Value meta;
  std::vector<Value> kw_values;
  std::vector<Value> kw_name_list;
  for (size_t i = 0; i < args.nkw(); ++i) {
    Value key = args.kwnames->items()[i];
    if (str_equals_utf8(as_str(key), "metaclass")) {
      meta = args.kw_value(i);
    } else {
      kw_name_list.push_back(key);
      kw_values.push_back(args.kw_value(i));
    }
  }
  Ref kw_names;
  if (!kw_name_list.empty())
    kw_names = Ref::steal(Value::from_object(tuple_from(kw_name_list.data(), static_cast<int64_t>(kw_name_list.size()))));
  TupleObject* kw_tuple = kw_names.is_null() ? nullptr : as_tuple(kw_names.get());

  if (meta.is_null())
    meta = base_tuple->size == 0 ? Value::from_object(&type_type) : Value::from_object(type_of(base_tuple->items()[0]));
  bool meta_is_class = is_type(meta);
  if (meta_is_class) {
    TypeObject* winner = calculate_metaclass(vm, as_type(meta), base_tuple);
    if (winner == nullptr) return Value();
    meta = Value::from_object(winner);
  }
  Ref meta_ref = Ref::borrow(meta);

  Ref ns;
  Value prepare = get_attribute_optional(vm, meta, vm.intern("__prepare__"));
  if (prepare.is_null()) {
    if (vm.has_error()) return Value();
    ns = Ref::steal(Value::from_object(dict_new()));
  } else {
    ns = Ref::steal(call_with_keywords(vm, prepare, {name, bases.get()}, kw_values, kw_tuple));
    decref(prepare);
    if (ns.is_null()) return Value();
  }
  if (type_of(ns.get())->getitem == nullptr)
    return vm.raise(&exc_TypeError, std::string(meta_is_class ? as_type(meta)->name : "<metaclass>") +
                                        ".__prepare__() must return a mapping, not " + type_name(ns.get()));

  Ref cell = Ref::steal(vm.run_class_body(as_function(func), ns.get()));
  if (cell.is_null()) return Value();
  if (!bases.get().is(orig_bases.get()) &&
      !setitem(vm, ns.get(), Value::from_object(vm.intern("__orig_bases__")), orig_bases.get()))
    return Value();
  Ref cls = Ref::steal(call_with_keywords(vm, meta, {name, bases.get(), ns.get()}, kw_values, kw_tuple));
  if (cls.is_null()) return Value();
  if (is_type(cls.get()) && is_cell(cell.get())) {
    Value cell_cls = as_cell(cell.get())->contents;
    if (!cell_cls.is(cls.get())) {
      std::string name_text, cls_text, cell_text;
      if (!repr_utf8(vm, name, &name_text) || !repr_utf8(vm, cls.get(), &cls_text)) return Value();
      if (cell_cls.is_null())
        return vm.raise(&exc_RuntimeError, "__class__ not set defining " + name_text + " as " + cls_text +
                                               ". Was __classcell__ propagated to type.__new__?");
      if (!repr_utf8(vm, cell_cls, &cell_text)) return Value();
      return vm.raise(&exc_TypeError, "__class__ set to " + cell_text + " defining " + name_text + " as " + cls_text);
    }
  }
  return cls.release();
}

Value build_class(VM& vm, Value, CallArgs args) { return build_class(vm, args); }

void register_descriptor_builtins(VM& vm, DictObject* d) {
  dict_set_str(d, vm.intern("classmethod"), Value::from_object(&classmethod_type));
  dict_set_str(d, vm.intern("property"), Value::from_object(&property_type));
  dict_set_str(d, vm.intern("staticmethod"), Value::from_object(&staticmethod_type));
  dict_set_str(d, vm.intern("super"), Value::from_object(&super_type));
}

}  // namespace glasspy::builtins
