// Compile-time errors and warnings (parsing stage): what CPython 3.11's SyntaxError and its
// relatives carry, and the text Python prints for them when a script fails to compile.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace glasspy::parse {

// The exception class of a compile-time error.
enum class ErrorType : uint8_t {
  kSyntaxError,
  kIndentationError,
  kTabError,
  kMemoryError,     // the parser's nesting limit (CPython raises a bare MemoryError)
  kRecursionError,  // "maximum recursion depth exceeded during compilation"
};

// The Python class name: "SyntaxError", "IndentationError", ...
std::string_view error_type_name(ErrorType type);

// CompileError::end_offset when CPython leaves SyntaxError.end_offset as None.
inline constexpr int kNoEndOffset = -2147483647 - 1;

// One compile-time error, as the attributes of CPython's SyntaxError hold it: 1-based line
// numbers and 1-based code-point offsets (0 or -1 where CPython has those), the source
// line as `text` (absent: None), and whether there is a location at all.
struct CompileError {
  ErrorType type = ErrorType::kSyntaxError;
  std::string message;
  bool has_location = true;  // false: no filename/lineno (MemoryError, RecursionError)
  int lineno = 0, offset = 0;
  int end_lineno = 0, end_offset = 0;
  bool has_text = false;
  std::string text;
};

// A warning raised while compiling (SyntaxWarning, DeprecationWarning...), with the line
// Python shows under it.
struct CompileWarning {
  std::string category;
  std::string message;
  int lineno = 0;
};

// What `python3 FILE` writes to stderr for `error` raised compiling FILE, where
// `display_name` is FILE as given: the "  File ..., line N" header, the stripped source
// line with its carets, and "SyntaxError: message" (CPython's print_exception).
std::string format_compile_error(const CompileError& error, std::string_view display_name);

// What the warnings module writes for a compile-time warning: "FILE:N: Category: message"
// then the source line (`line_text`), stripped, indented by two spaces.
std::string format_compile_warning(const CompileWarning& warning, std::string_view display_name,
                                   std::string_view line_text);

}  // namespace glasspy::parse
