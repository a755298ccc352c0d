// Helpers shared by the exception type files (object model): allocation, the generic
// field getters/setters, and argument conversion. Internal to engine/objects/exception_*.cpp.
#pragma once
#include <string>

#include "objects/exception_object.h"
#include "objects/type_object.h"

namespace glasspy::objects::exception_detail {

// A new, tracked exception instance of `type` (any subclass) with empty args.
ExceptionObject* alloc_exception(TypeObject* type);
// Replaces e->args with a new reference to `args`.
void set_args(ExceptionObject* e, TupleObject* args);
// Stores a new reference to `v` (null: None) in field i, dropping the old one.
void set_field(ExceptionObject* e, int i, Value v);
// A new reference to field i, None when unset.
Value get_field(ExceptionObject* e, int i);
// tuple(v) as a new reference (exact tuples shared), or null with an error pending.
[[nodiscard]] Value sequence_tuple(VM& vm, Value v);
// The args of a call as a new tuple (keyword values left out).
TupleObject* positional_tuple(CallArgs args);
// The type's name for messages, as _PyType_Name: after the last dot.
std::string short_type_name(const TypeObject* t);
// "X() takes no keyword arguments" (CPython's _PyArg_NoKeywords) when kwargs were given.
[[nodiscard]] bool no_keywords(VM& vm, const TypeObject* t, CallArgs args);

// BaseException's new/init/str, which the other files extend.
Value base_exception_new(VM& vm, TypeObject* type, CallArgs args);
bool base_exception_init(VM& vm, Value self, CallArgs args);
Value base_exception_str(VM& vm, Value self);

// A read/write attribute over field I (CPython's T_OBJECT member: deleting makes it None).
template <int I>
Value field_getter(VM&, Value self) {
  return get_field(as_exception(self), I);
}
template <int I>
bool field_setter(VM&, Value self, Value value) {
  set_field(as_exception(self), I, value);
  return true;
}
// A read-only one (CPython's READONLY member).
bool readonly_setter(VM& vm, Value self, Value value);

// Init functions of the types defined outside exception_object.cpp.
void init_simple_exception_types();
void init_os_error_types();
void init_syntax_error_types();
void init_unicode_error_types();
void init_exception_group_types();

}  // namespace glasspy::objects::exception_detail
