// String literals (parsing stage), shared by parse_strings.cpp and fstring.cpp: splitting a
// STRING token into prefix and body, decoding escapes as CPython 3.11 does (with its error
// texts), and the f-string state of an implicit concatenation (CPython's FstringParser).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "parse/parser_impl.h"

namespace glasspy::parse {

// A STRING token's prefix flags and where its body (between the quotes) lies in its text.
struct StringToken {
  bool bytes = false;
  bool raw = false;
  bool fstring = false;
  size_t body_begin = 0, body_end = 0;
};
StringToken split_string_token(std::string_view text);

// Escape decoding of a str body (CPython's decode_unicode_with_escapes): the result is
// UTF-8 with lone surrogates as 3-byte sequences. On failure `error` holds the text of
// the UnicodeDecodeError ("'unicodeescape' codec can't decode bytes in position 0-2: ...").
bool decode_str_escapes(std::string_view body, std::string& out, std::string& error);

// Escape decoding of a bytes body (CPython's _PyBytes_DecodeEscape); on failure `error`
// holds the ValueError's text ("invalid \x escape at position 0").
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error);

// The pieces of an implicit concatenation that holds f-strings: literal text is gathered
// until an expression needs a node of its own, as in CPython 3.11's string_parser.c,
// including where it puts the nodes (the whole concatenation, or the current token).
class FStringParser {
 public:
  FStringParser(Parser& p, const Tok& first, const Tok& last) : p_(p), first_(first), last_(last) {}

  // Adds decoded str text.
  void concat_str(std::string_view text);
  // Adds the f-string body [begin, end) of token `t`'s text; false on error (raised).
  bool concat_fstring(const Tok& t, size_t& begin, size_t end, bool raw, int recurse_lvl);
  // The Constant or JoinedStr for what was added, located from `first` to `last`.
  ExprNode* finish(const Tok& first, const Tok& last);

  bool fmode = false;

 private:
  int find_literal(const Tok& t, std::string_view s, size_t& pos, size_t end, bool raw, int recurse_lvl,
                   std::string& literal, bool& have_literal);
  bool find_expr(const Tok& t, std::string_view s, size_t& pos, size_t end, bool raw, int recurse_lvl,
                 std::string& expr_text, bool& have_expr_text, ExprNode*& expression);
  ExprNode* compile_expr(const Tok& t, std::string_view s, size_t expr_start, size_t expr_end);
  ExprNode* parse_format_spec(const Tok& t, size_t& pos, size_t end, bool raw, int recurse_lvl);
  ExprNode* make_str_node(const Tok& first, const Tok& last);

  Parser& p_;
  const Tok& first_;
  const Tok& last_;
  std::string last_str_;
  bool have_last_str_ = false;
  std::vector<ExprNode*> values_;
};

}  // namespace glasspy::parse
