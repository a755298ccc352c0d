// The parser's entry point (parsing stage): a module from source text, with the warnings
// raised on the way, ordered by line as Python prints them.
#include "parse/parser.h"

#include <algorithm>

#include "parse/parser_impl.h"

namespace glasspy::parse {

ParseResult parse_module(std::string_view source, SourceKind kind, bool declared_encoding, ParseMode mode) {
  ParseResult result;
  // A file's BOM goes with its decoding; a string keeps it (compile() of a str that starts
  // with U+FEFF reports an invalid character, as ast.parse of such a file's text does).
  if (kind == SourceKind::kFile && source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  TokenBuffer tokens(source, kind == SourceKind::kFile);
  Parser::Options options;
  options.source_kind = kind;
  options.character_offsets = kind == SourceKind::kString || declared_encoding;
  options.ends_with_newline = !source.empty() && (source.back() == '\n' || source.back() == '\r');
  // Only "exec" input gets a newline added at the end by CPython's string tokenizer.
  options.implicit_newline = kind == SourceKind::kFile || mode == ParseMode::kExec;
  tokens.set_string_input_mode(!options.implicit_newline && !options.ends_with_newline, mode == ParseMode::kSingle);
  Parser parser(tokens, result.arena, options);
  switch (mode) {
    case ParseMode::kExec: result.module = parser.parse_file(); break;
    case ParseMode::kEval: result.module = parser.parse_eval(); break;
    case ParseMode::kSingle: result.module = parser.parse_single(); break;
  }
  if (result.module == nullptr) result.error = parser.error();
  for (const lex::LexWarning& w : tokens.warnings())
    result.warnings.push_back(CompileWarning{"SyntaxWarning", w.message, w.line});
  for (CompileWarning& w : parser.warnings()) result.warnings.push_back(std::move(w));
  std::stable_sort(result.warnings.begin(), result.warnings.end(),
                   [](const CompileWarning& a, const CompileWarning& b) { return a.lineno < b.lineno; });
  return result;
}

}  // namespace glasspy::parse
