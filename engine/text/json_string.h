// JSON string literals (text utilities): how the engine hands text to JavaScript and tools.
#pragma once
#include <string>
#include <string_view>

namespace glasspy::text {

// Appends `text` as a JSON string literal (quotes included). `text` is UTF-8 and passes
// through unchanged apart from the escapes JSON requires.
void append_json_string(std::string& out, std::string_view text);

}  // namespace glasspy::text
