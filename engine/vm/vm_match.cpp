// Structural pattern matching (VM stage): MATCH_MAPPING / MATCH_SEQUENCE type tests,
// MATCH_KEYS (mapping patterns) and MATCH_CLASS (class patterns with __match_args__),
// with CPython 3.11's rules and messages.
#include <string>

#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/ops.h"
#include "objects/set_object.h"
#include "objects/tuple_object.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

namespace {

// True if `type` or a base carries `flag` (subclasses of list are sequences, etc.).
bool mro_has_flag(const TypeObject* type, uint32_t flag) {
  if (has_flag(type, flag)) return true;
  if (type->mro == nullptr) return false;
  for (int64_t i = 1; i < type->mro->size; ++i) {
    if (has_flag(static_cast<const TypeObject*>(type->mro->items()[i].as_object()), flag)) return true;
  }
  return false;
}

// Types whose class pattern with one positional sub-pattern matches the subject itself
// (CPython's Py_TPFLAGS_MATCH_SELF).
bool matches_self(const TypeObject* type) {
  static const TypeObject* const kTypes[] = {&bool_type, &bytearray_type, &bytes_type, &dict_type,
                                             &float_type, &frozenset_type, &int_type, &list_type,
                                             &set_type, &str_type, &tuple_type};
  for (const TypeObject* t : kTypes) {
    if (is_subtype(type, t)) return true;
  }
  return false;
}

// getattr for a class pattern: the attribute, or null without an error when it is missing.
Value match_attribute(VM& vm, Value subject, Value name, Value seen) {
  int r = contains(vm, seen, name);
  if (r < 0) return Value();
  if (r > 0) {
    std::string text;
    if (!repr_utf8(vm, name, &text)) return Value();
    return vm.raise(&exc_TypeError, std::string(type_of(subject)->name) + "() got multiple sub-patterns for attribute " + text);
  }
  if (!set_add(vm, seen, name)) return Value();
  Value v = getattr(vm, subject, as_str(name));
  if (v.is_null() && vm.error_matches(&exc_AttributeError)) vm.clear_error();
  return v;
}

}  // namespace

bool VM::is_mapping_for_match(Value v) { return mro_has_flag(type_of(v), kTypeMatchMapping); }

bool VM::is_sequence_for_match(Value v) { return mro_has_flag(type_of(v), kTypeMatchSequence); }

// MATCH_KEYS: the values of `keys` (a tuple) in the mapping `subject` as a tuple, or None
// if one is missing. Looks them up with subject.get(key, marker), as CPython.
Value VM::match_keys(Value subject, Value keys) {
  TupleObject* key_tuple = as_tuple(keys);
  if (key_tuple->size == 0) return Value::from_object(tuple_alloc(0));
  Ref get = Ref::steal(getattr(*this, subject, intern("get")));
  if (get.is_null()) return Value();
  Ref seen = Ref::steal(make_set(*this, nullptr, 0));
  Ref marker = Ref::steal(call0(*this, Value::from_object(&object_type)));
  if (marker.is_null()) return Value();
  TupleObject* values = tuple_alloc(key_tuple->size);
  Ref values_ref = Ref::steal(Value::from_object(values));
  for (int64_t i = 0; i < key_tuple->size; ++i) {
    Value key = key_tuple->items()[i];
    int r = contains(*this, seen.get(), key);
    if (r < 0) return Value();
    if (r > 0) {
      std::string text;
      if (!repr_utf8(*this, key, &text)) return Value();
      return raise(&exc_ValueError, "mapping pattern checks duplicate key (" + text + ")");
    }
    if (!set_add(*this, seen.get(), key)) return Value();
    Value v = call2(*this, get.get(), key, marker.get());
    if (v.is_null()) return Value();
    if (v.is(marker.get())) {
      decref(v);
      return none();
    }
    values->items()[i] = v;
  }
  return values_ref.release();
}

// MATCH_CLASS: isinstance(subject, type), then the attributes named by __match_args__ for
// `count` positional sub-patterns and by `names` (a tuple) for the keyword ones, as a
// tuple; None when the subject does not match.
Value VM::match_class(Value subject, Value type, int count, Value names) {
  if (!type.is_object() || !has_flag(type_of(type), kTypeTypeSubclass)) {
    return raise(&exc_TypeError, "called match pattern must be a type");
  }
  int is_instance = isinstance(*this, subject, type);
  if (is_instance < 0) return Value();
  if (!is_instance) return none();
  TypeObject* cls = static_cast<TypeObject*>(type.as_object());
  TupleObject* kw_names = as_tuple(names);
  TupleObject* out = tuple_alloc(count + kw_names->size);
  Ref out_ref = Ref::steal(Value::from_object(out));
  Ref seen = Ref::steal(make_set(*this, nullptr, 0));
  int64_t filled = 0;
  if (count > 0) {
    Ref match_args = Ref::steal(get_attribute_optional(*this, type, intern("__match_args__")));
    if (has_error()) return Value();
    bool self_match = false;
    int64_t allowed;
    if (!match_args.is_null()) {
      if (!is_tuple(match_args.get()) || type_of(match_args.get()) != &tuple_type) {
        return raise(&exc_TypeError, std::string(cls->name) + ".__match_args__ must be a tuple (got " +
                                         type_name(match_args.get()) + ")");
      }
      allowed = as_tuple(match_args.get())->size;
    } else {
      self_match = matches_self(cls);
      allowed = self_match ? 1 : 0;
    }
    if (count > allowed) {
      return raise(&exc_TypeError, std::string(cls->name) + "() accepts " + std::to_string(allowed) + " positional sub-pattern" +
                                       (allowed == 1 ? "" : "s") + " (" + std::to_string(count) + " given)");
    }
    if (self_match) {
      incref(subject);
      out->items()[filled++] = subject;
    } else {
      for (int i = 0; i < count; ++i) {
        Value name = as_tuple(match_args.get())->items()[i];
        if (!is_str(name)) {
          return raise(&exc_TypeError, std::string("__match_args__ elements must be strings (got ") + type_name(name) + ")");
        }
        Value v = match_attribute(*this, subject, name, seen.get());
        if (v.is_null()) return has_error() ? Value() : none();
        out->items()[filled++] = v;
      }
    }
  }
  for (int64_t i = 0; i < kw_names->size; ++i) {
    Value v = match_attribute(*this, subject, kw_names->items()[i], seen.get());
    if (v.is_null()) return has_error() ? Value() : none();
    out->items()[filled++] = v;
  }
  return out_ref.release();
}

}  // namespace glasspy::vm
