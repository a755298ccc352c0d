// The abstract object protocol (object model): what Python's operators and built-ins do
// on any value, dispatching through type slots with CPython's rules and error messages.
// Every function that can raise returns null (Value), false, or -1, with the exception
// pending in the VM; Values returned are new references; arguments are borrowed.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

// repr(v) and str(v) as str objects (null on error).
[[nodiscard]] Value repr(VM& vm, Value v);
[[nodiscard]] Value str(VM& vm, Value v);
// ascii(v).
[[nodiscard]] Value ascii(VM& vm, Value v);
// repr/str as UTF-8 for C++ callers; false on error.
[[nodiscard]] bool repr_utf8(VM& vm, Value v, std::string* out);
[[nodiscard]] bool str_utf8(VM& vm, Value v, std::string* out);

// hash(v); false on error ("unhashable type: 'list'").
[[nodiscard]] bool hash(VM& vm, Value v, int64_t* out);

// a OP b with reflected-operand rules; returns a bool or any object.
[[nodiscard]] Value rich_compare(VM& vm, Value a, Value b, CompareOp op);
// The truth of a OP b: 1, 0 or -1 on error. eq short-cuts identity as CPython's
// PyObject_RichCompareBool does.
[[nodiscard]] int rich_compare_bool(VM& vm, Value a, Value b, CompareOp op);
[[nodiscard]] inline int eq(VM& vm, Value a, Value b) { return rich_compare_bool(vm, a, b, CompareOp::kEq); }

// bool(v): 1, 0 or -1 on error.
[[nodiscard]] int truthy(VM& vm, Value v);

// Binary and in-place operators ("unsupported operand type(s) for +: 'int' and 'str'").
[[nodiscard]] Value binary_op(VM& vm, Value a, Value b, BinaryOp op);
[[nodiscard]] Value inplace_op(VM& vm, Value a, Value b, BinaryOp op);
// pow(a, b, mod) with mod not None.
[[nodiscard]] Value ternary_pow(VM& vm, Value a, Value b, Value mod);
// The operator's symbol for messages ("+", "//", "**", ...); inplace adds "=".
const char* binary_op_symbol(BinaryOp op, bool inplace = false);
[[nodiscard]] Value negative(VM& vm, Value v);
[[nodiscard]] Value positive(VM& vm, Value v);
[[nodiscard]] Value invert(VM& vm, Value v);
[[nodiscard]] Value absolute(VM& vm, Value v);
// operator.index(v): an exact int ("'str' object cannot be interpreted as an integer").
[[nodiscard]] Value index(VM& vm, Value v);
// index(v) as int64 (OverflowError "Python int too large to convert to C ssize_t" if not).
[[nodiscard]] bool index_int64(VM& vm, Value v, int64_t* out);

// Attributes. getattr raises AttributeError; get_attribute_optional returns null with no
// error pending when the attribute is missing (other errors stay pending).
[[nodiscard]] Value getattr(VM& vm, Value v, StrObject* name);
[[nodiscard]] Value getattr(VM& vm, Value v, std::string_view name);
[[nodiscard]] Value get_attribute_optional(VM& vm, Value v, StrObject* name);
[[nodiscard]] bool setattr(VM& vm, Value v, StrObject* name, Value value);
[[nodiscard]] bool delattr(VM& vm, Value v, StrObject* name);
// object.__getattribute__ / __setattr__: descriptors, instance dict, class attributes.
[[nodiscard]] Value generic_getattr(VM& vm, Value v, StrObject* name);
[[nodiscard]] bool generic_setattr(VM& vm, Value v, StrObject* name, Value value);
// For LOAD_METHOD: the unbound function and *self_out = v when the attribute is a plain
// function (or native method) found on the type, so the call skips a bound method;
// otherwise the attribute itself and *self_out = null.
[[nodiscard]] Value get_method(VM& vm, Value v, StrObject* name, Value* self_out);

// Calls. `call` takes vectorcall-style arguments; the VM runs Python functions.
[[nodiscard]] Value call(VM& vm, Value callable, CallArgs args);
[[nodiscard]] Value call0(VM& vm, Value callable);
[[nodiscard]] Value call1(VM& vm, Value callable, Value a);
[[nodiscard]] Value call2(VM& vm, Value callable, Value a, Value b);
// Calls the method `name` of `self` with positional args (looks the name up on the type,
// binding as LOAD_METHOD does).
[[nodiscard]] Value call_method(VM& vm, Value self, StrObject* name, const Value* args, size_t nargs);
// callable(v).
bool is_callable(Value v);

// Containers.
[[nodiscard]] Value getitem(VM& vm, Value container, Value key);
[[nodiscard]] bool setitem(VM& vm, Value container, Value key, Value value);
[[nodiscard]] bool delitem(VM& vm, Value container, Value key);
[[nodiscard]] int contains(VM& vm, Value container, Value item);  // `item in container`
[[nodiscard]] int64_t length(VM& vm, Value v);                     // len(v); -1 on error

// Iteration: iter(v) and next(it). next returns null with no error pending at the end.
[[nodiscard]] Value iter(VM& vm, Value v);
[[nodiscard]] Value next(VM& vm, Value iterator);

// isinstance / issubclass with __instancecheck__ / __subclasscheck__ and tuples.
[[nodiscard]] int isinstance(VM& vm, Value v, Value cls);
[[nodiscard]] int issubclass(VM& vm, Value derived, Value cls);

// dir(v) for objects without __dir__ of their own: sorted names of the instance dict and
// the class attributes along the MRO. A new list.
[[nodiscard]] Value object_dir(VM& vm, Value v);
// "0x7f..." for default reprs.
std::string address_text(Value v);

// The type's name for messages ("int", "MyClass").
const char* type_name(Value v);

}  // namespace glasspy::objects
