// Lines of a source text by number (text stage): what tracebacks, warnings and syntax
// errors show, as Python's linecache would read them from the file.
#pragma once
#include <string_view>

namespace glasspy::text {

// Line `lineno` (1-based) of `text` without its line ending; empty past the end.
std::string_view source_line(std::string_view text, int lineno);

}  // namespace glasspy::text
