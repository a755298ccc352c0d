// Helpers shared by the numeric types' files (int_*.cpp, bool, float_*.cpp, complex,
// the math module): numeric::Status to Python exceptions, int <-> double with CPython's
// errors, and the slot functions one number type calls in another.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "numeric/bigint.h"
#include "objects/int_object.h"
#include "objects/type_object.h"
#include "text/format_spec.h"

namespace glasspy::objects {

// Raises the exception a failed numeric::Status names; returns null.
Value raise_numeric_status(VM& vm, const numeric::Status& status);

// sys.get_int_max_str_digits() of this interpreter (4300 unless changed).
int int_max_str_digits(VM& vm);

// float(int) correctly rounded: OverflowError "int too large to convert to float".
[[nodiscard]] bool int_to_double(VM& vm, Value v, double* out);

// A new int from a double's integer part: OverflowError "cannot convert float infinity to
// integer", ValueError "cannot convert float NaN to integer".
[[nodiscard]] Value int_from_double(VM& vm, double x);

// str(int) as CPython writes it (ValueError past the digit limit).
[[nodiscard]] bool int_to_decimal(VM& vm, Value v, std::string* out);

// Exact comparison of an int with a double (NaN compares unordered: returns 2).
int compare_int_double(Value i, double d);

// hash() of a finite or infinite double, CPython's _Py_HashDouble (NaN: identity, caller's).
int64_t hash_double(double d);

// An exact int with the value of an int (subclass instances are copied). New reference.
Value int_exact(Value v);

// divmod(a, b) for two ints / for floats and ints (a tuple), or NotImplemented when an
// operand is not of those types: the __divmod__ methods, and builtins.divmod's fast path.
Value int_divmod(VM& vm, Value a, Value b);
Value float_divmod(VM& vm, Value a, Value b);

// The int type's slots that float and others reuse.
Value int_repr(VM& vm, Value self);
Value int_format(VM& vm, Value self, Value spec);

// int(x) for any x (int()'s one-argument rules: __int__, __index__, __trunc__, str,
// bytes), and int(text, base).
[[nodiscard]] Value int_from_object(VM& vm, Value x);
[[nodiscard]] Value int_from_text(VM& vm, Value text, int base);

// Drops the underscores of a number literal, false if one is not between two digits
// (CPython's _Py_string_to_number_with_underscores rule).
bool remove_number_underscores(std::string_view s, std::string* out);
// The longest float literal at the start of `s` (sign, digits[.digits][e[sign]digits],
// inf, infinity, nan; no whitespace): its length, 0 if none; *out gets its value.
size_t parse_float_prefix(std::string_view s, double* out);

// float(x) for any x; float(str).
[[nodiscard]] Value float_from_object(VM& vm, Value x);
// The value of a float, or of anything with __float__ / __index__ (as PyFloat_AsDouble);
// TypeError "must be real number, not str".
[[nodiscard]] bool to_double(VM& vm, Value x, double* out);

// The spec argument of __format__ as UTF-8 (TypeError if not a str).
[[nodiscard]] bool format_spec_text(VM& vm, Value spec, std::string_view* out);
Value float_format(VM& vm, Value self, Value spec);

// The float type's slots and methods that float_*.cpp share.
void init_float_methods(TypeObject& t);
void init_int_methods(TypeObject& t);
void init_int_arith(TypeObject& t);
// float.fromhex/__getformat__ and int.from_bytes as class methods (after the types are ready).
void add_float_classmethods();
void add_int_classmethods();
void init_float_arith(TypeObject& t);
Value int_new(VM& vm, TypeObject* type, CallArgs args);
Value float_new(VM& vm, TypeObject* type, CallArgs args);

}  // namespace glasspy::objects
