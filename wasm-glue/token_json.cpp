// JSON rendering of tokenize's tokens for JavaScript (wasm glue).
#include "token_json.h"

#include "text/json_string.h"

namespace glasspy::wasm {

using text::append_json_string;

namespace {

void append_position(std::string& out, int line, int col) {
  out += '[';
  out += std::to_string(line);
  out += ',';
  out += std::to_string(col);
  out += ']';
}

}  // namespace

std::string tokens_to_json(const lex::TokenizeResult& result) {
  std::string out = "[";
  bool first = true;
  for (const lex::TokenInfo& token : result.tokens) {
    if (!first) out += ',';
    first = false;
    out += "{\"type\":";
    append_json_string(out, lex::token_kind_name(token.type));
    out += ",\"exact_type\":";
    append_json_string(out, lex::token_kind_name(token.exact_type));
    out += ",\"string\":";
    append_json_string(out, token.string);
    out += ",\"start\":";
    append_position(out, token.start_line, token.start_col);
    out += ",\"end\":";
    append_position(out, token.end_line, token.end_col);
    out += '}';
  }
  out += ']';
  return out;
}

}  // namespace glasspy::wasm
