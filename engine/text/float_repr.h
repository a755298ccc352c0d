// Python's repr() of floats and complex numbers (text utilities): the shortest decimal
// string that reads back as the same double, formatted as CPython 3.11 formats it. Written
// here rather than with std::to_chars because Emscripten's libc++ lacks the floating-point
// overloads and the native and wasm builds must print the same text.
#pragma once
#include <string>

namespace glasspy::text {

// repr(x) for a float: "1.0", "0.1", "1e+16", "1e-05", "0.0001", "inf", "-0.0", "nan".
std::string float_repr(double x);

// repr(complex(real, imag)): "1j", "(1+2j)", "(-0-1.5j)", "infj", "(nan+nanj)".
std::string complex_repr(double real, double imag);

// The shortest round-trip digits of a finite x > 0: x ~= 0.DIGITS * 10**decimal_point, with
// no trailing zeros (what CPython's dtoa mode 0 returns; exposed for tests).
void shortest_digits(double x, std::string& digits, int& decimal_point);

}  // namespace glasspy::text
