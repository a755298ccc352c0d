// Formatting doubles as CPython does (text utilities): PyOS_double_to_string for the 'e',
// 'f', 'g' and 'r' codes, and the float presentation types of the format mini-language
// (used by float, int and complex __format__). No Python objects here.
#pragma once
#include <string>

#include "text/format_spec.h"

namespace glasspy::text {

// |x| as CPython's PyOS_double_to_string writes it, the sign in *negative: code 'e', 'f',
// 'g' or 'r' (lower case), precision as CPython passes it (ignored for 'r'); `add_dot_0`
// gives integral fixed forms a ".0"; `no_neg_zero` drops the sign of a zero result.
std::string format_double(double x, char code, int precision, bool alternate, bool add_dot_0, bool no_neg_zero,
                          bool* negative);

// True for the presentation types float accepts: none e E f F g G n %.
bool is_float_format_type(char32_t type);

// float.__format__'s work for a parsed spec of a float type: appends to *out; false with
// the ValueError message in *error ("precision too big").
bool format_double_spec(double value, const FormatSpec& spec, std::string* out, std::string* error);

}  // namespace glasspy::text
