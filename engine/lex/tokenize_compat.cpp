// Emulation of CPython 3.11's pure-Python `tokenize` module (lexing stage): the structured
// token list. The work is done in tokenize_decoding (detect_encoding, per-line decoding),
// tokenize_matchers (its regular expressions), tokenize_machine (its generator) and
// tokenize_dump (what `python3 -m tokenize` prints).
#include "lex/tokenize_compat.h"

#include <memory>

#include "lex/tokenize_machine.h"
#include "text/utf8.h"

namespace glasspy::lex {

using tokenize_detail::RawToken;
using tokenize_detail::Run;
using tokenize_detail::tokenize_file;

TokenizeResult tokenize_source(std::string_view source) {
  Run run = tokenize_file(source, nullptr);
  // The decoded text is converted to UTF-8 once; tokens view it through `offset`, the UTF-8
  // offset of each code point (and of the end), so the whole is linear in the input.
  auto text = std::make_unique<TokenizeText>();
  text->encoding = run.encoding;
  std::vector<size_t> offset;
  offset.reserve(run.text.size() + 1);
  text->source.reserve(run.text.size());
  for (char32_t c : run.text) {
    offset.push_back(text->source.size());
    if (c < 0x80) text->source += static_cast<char>(c); else text::append_utf8(text->source, c);
  }
  offset.push_back(text->source.size());
  std::string_view utf8 = text->source;
  auto slice = [&](size_t begin, size_t end) { return utf8.substr(offset[begin], offset[end] - offset[begin]); };
  TokenizeResult result;
  result.tokens.reserve(run.tokens.size());
  for (const RawToken& t : run.tokens) {
    std::string_view string =
        t.type == TokenKind::ENCODING ? std::string_view(text->encoding) : slice(t.text_begin, t.text_end);
    result.tokens.push_back({t.type, t.exact_type, string, t.start_row, t.start_col, t.end_row, t.end_col,
                             slice(t.line_begin, t.line_end)});
  }
  result.failed = run.failed;
  result.error = run.error;
  result.text = std::move(text);
  return result;
}

}  // namespace glasspy::lex
