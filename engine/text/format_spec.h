// The format mini-language (text utilities): parsing a spec
// "[[fill]align][sign][z][#][0][width][grouping][.precision][type]" with CPython 3.11's
// rules and messages, and laying out the result (fill/align/width, sign, grouping) for
// int, float, complex and str __format__. No Python objects: errors are returned as the
// text of the ValueError to raise. Specs and results are UTF-8; widths count code points.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::text {

// A parsed spec. Fields left unset hold the "not given" markers below.
struct FormatSpec {
  char32_t fill = ' ';
  char32_t align = 0;        // '<' '>' '=' '^'; after parsing: the default align if none given
  char sign = 0;             // '+', '-', ' ', or 0 when none given
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  bool fill_given = false;   // an explicit [fill]align pair
  bool align_given = false;
  int64_t width = -1;        // -1: none
  char grouping = 0;         // ',' or '_', 0: none
  int group_size = 3;        // 4 for '_' with b/o/x/X
  int64_t precision = -1;    // -1: none
  char32_t type = 0;         // presentation type; default_type when none given
};

// Parses `spec` for an object of type `type_name` (used in messages) whose __format__ uses
// `default_type` (0 for numbers: "none") and `default_align` ('>' for numbers, '<' for str).
// False with CPython's ValueError message in *error on a malformed spec ("Invalid format
// specifier '...' for object of type 'int'", "Format specifier missing precision",
// "Cannot specify both ',' and '_'.", "Too many decimal digits in format string", ...).
bool parse_format_spec(std::string_view spec, const char* type_name, char32_t default_type,
                       char32_t default_align, FormatSpec* out, std::string* error);

// "Unknown format code 'q' for object of type 'int'" (CPython's escapes for odd codes).
std::string unknown_format_code_message(char32_t type, const char* type_name);

// Appends `count` copies of the fill character (UTF-8).
void append_fill(std::string& out, char32_t fill, int64_t count);

// Appends `body` (UTF-8, `body_length` code points) padded to spec.width by spec.align
// ('<', '>', '^'; '=' acts as '>') with spec.fill.
void append_padded(std::string& out, std::string_view body, int64_t body_length, const FormatSpec& spec);

// format(str, spec) once parsed with default_type 's' and default_align '<' (the caller
// rejects types other than 's' with unknown_format_code_message): checks what str allows (CPython's messages: "Sign not allowed in string format specifier", ...),
// truncates to the precision and pads. False with the ValueError message in *error.
bool format_string(std::string_view text, int64_t length, const FormatSpec& spec, std::string* out,
                   std::string* error);

// Lays out a number as CPython's formatter does:
//   [lpad] [sign] [prefix] [spad] [grouped digits] [rest] [rpad]
// `negative` says whether the value is negative (spec.sign decides what a non-negative
// one shows); `prefix` is "0x"-style; `digits` are ASCII digits (grouped by spec.grouping
// every spec.group_size, zero-padded inside the grouping when fill is '0' and align '=');
// `rest` is everything after the integer digits (".25e+10", "%", "inf", "j"). Pass
// `separator` 0 to ignore spec.grouping (the 'n' type in the C locale).
void append_number(std::string& out, const FormatSpec& spec, bool negative, std::string_view prefix,
                   std::string_view digits, std::string_view rest, char separator);

// Inserts `separator` every `group` digits from the right of `digits`, first padding with
// zeros so that the result is at least `min_width` long (never starting with a separator):
// CPython's _PyUnicode_InsertThousandsGrouping.
void append_grouped(std::string& out, std::string_view digits, char separator, int group, int64_t min_width);

}  // namespace glasspy::text
