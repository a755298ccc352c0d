// F-strings (parsing stage), as CPython 3.11 parses them: the f-string is one STRING token
// whose text is scanned here for literal parts, `{expression!conversion:format_spec}`
// fields (format specs nest once) and `=` debug text. Each expression is parsed by a
// second Parser over "(" + text + ")", whose tokens are shifted to where the expression
// sits in the file; errors keep 3.11's messages and locations.
#include "parse/string_literals.h"

namespace glasspy::parse {
namespace {

constexpr int kMaxFStringNesting = 200;  // CPython's MAXLEVEL for brackets in a field

bool is_python_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'; }

}  // namespace

void FStringParser::concat_str(std::string_view text) {
  if (text.empty()) return;
  last_str_.append(text);
  have_last_str_ = true;
}

ExprNode* FStringParser::make_str_node(const Tok& first, const Tok& last) {
  Position pos = p_.tok_position(first);
  Position end = p_.tok_position(last);
  pos.end_lineno = end.end_lineno;
  pos.end_col_offset = end.end_col_offset;
  auto* c = p_.node_at<ast::Constant>(pos);
  c->value.kind = ast::ConstantValue::Kind::kStr;
  c->value.text = p_.arena_->copy(last_str_);
  std::string_view text = p_.token_text(first);
  if (!text.empty() && text[0] == 'u') c->kind = p_.arena_->copy("u");
  last_str_.clear();
  have_last_str_ = false;
  return c;
}

ExprNode* FStringParser::finish(const Tok& first, const Tok& last) {
  if (!fmode) return make_str_node(first, last);
  if (have_last_str_) values_.push_back(make_str_node(first, last));
  Position pos = p_.tok_position(first);
  Position end = p_.tok_position(last);
  pos.end_lineno = end.end_lineno;
  pos.end_col_offset = end.end_col_offset;
  auto* j = p_.node_at<ast::JoinedStr>(pos);
  j->values.count = static_cast<uint32_t>(values_.size());
  j->values.items = p_.arena_->make_array<ExprNode*>(values_.size());
  for (size_t i = 0; i < values_.size(); ++i) j->values.items[i] = values_[i];
  return j;
}

bool FStringParser::concat_fstring(const Tok& t, size_t& pos, size_t end, bool raw, int recurse_lvl) {
  fmode = true;
  std::string_view s = p_.token_text(t);
  for (;;) {
    std::string literal, expr_text;
    bool have_literal = false, have_expr_text = false;
    ExprNode* expression = nullptr;
    int result = find_literal(t, s, pos, end, raw, recurse_lvl, literal, have_literal);
    if (result < 0) return false;
    if (result == 0 && pos < end && s[pos] != '}') {
      if (!find_expr(t, s, pos, end, raw, recurse_lvl, expr_text, have_expr_text, expression)) return false;
    }
    if (have_literal) concat_str(literal);
    if (have_expr_text) concat_str(expr_text);
    if (result == 1) continue;
    if (expression == nullptr) break;
    if (have_last_str_) values_.push_back(make_str_node(first_, last_));
    values_.push_back(expression);
  }
  if (recurse_lvl == 0 && pos + 1 < end) {
    p_.raise_syntax_error("f-string: unexpected end of string");
    return false;
  }
  if (recurse_lvl != 0 && (pos >= s.size() || s[pos] != '}')) {
    p_.raise_syntax_error("f-string: expecting '}'");
    return false;
  }
  return true;
}

// Returns -1 on error, 1 for a literal ending in a doubled brace (call again), else 0.
int FStringParser::find_literal(const Tok&, std::string_view s, size_t& pos, size_t end, bool raw, int recurse_lvl,
                                std::string& literal, bool& have_literal) {
  size_t i = pos;
  size_t literal_start = i;
  int result = 0;
  bool done = false;
  while (i < end) {
    char ch = s[i++];
    if (!raw && ch == '\\' && i < end) {
      ch = s[i++];
      if (ch == 'N') {
        // Skip "\N{name}": its braces do not start a field.
        if (i < end && s[i++] == '{') {
          while (i < end && s[i++] != '}') {
          }
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (recurse_lvl == 0) {
        if (i < end && s[i] == ch) {
          pos = i + 1;
          result = 1;
          done = true;
          break;
        }
        if (ch == '}') {
          pos = i - 1;
          p_.raise_syntax_error("f-string: single '}' is not allowed");
          return -1;
        }
      }
      --i;
      break;
    }
  }
  if (!done) pos = i;
  if (literal_start != i) {
    std::string_view piece = s.substr(literal_start, i - literal_start);
    if (raw) {
      literal.assign(piece);
    } else {
      std::string error;
      if (!decode_str_escapes(piece, literal, error)) {
        p_.raise_decode_error("(unicode error) " + error);
        return -1;
      }
    }
    have_literal = true;
  }
  return result;
}

bool FStringParser::find_expr(const Tok& t, std::string_view s, size_t& pos, size_t end, bool raw, int recurse_lvl,
                              std::string& expr_text, bool& have_expr_text, ExprNode*& expression) {
  if (recurse_lvl >= 2) {
    p_.raise_syntax_error("f-string: expressions nested too deeply");
    return false;
  }
  ++pos;  // the '{'
  size_t expr_start = pos;
  char quote_char = 0;
  int string_type = 0;
  char parens[kMaxFStringNesting];
  int depth = 0;
  for (; pos < end; ++pos) {
    char ch = s[pos];
    if (ch == '\\') {
      p_.raise_syntax_error("f-string expression part cannot include a backslash");
      return false;
    }
    if (quote_char) {
      if (ch == quote_char) {
        if (string_type == 3) {
          if (pos + 2 < end && s[pos + 1] == ch && s[pos + 2] == ch) {
            pos += 2;
            string_type = 0;
            quote_char = 0;
            continue;
          }
        } else {
          quote_char = 0;
          string_type = 0;
          continue;
        }
      }
    } else if (ch == '\'' || ch == '"') {
      if (pos + 2 < end && s[pos + 1] == ch && s[pos + 2] == ch) {
        string_type = 3;
        pos += 2;
      } else {
        string_type = 1;
      }
      quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (depth >= kMaxFStringNesting) {
        p_.raise_syntax_error("f-string: too many nested parenthesis");
        return false;
      }
      parens[depth++] = ch;
    } else if (ch == '#') {
      p_.raise_syntax_error("f-string expression part cannot include '#'");
      return false;
    } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (pos + 1 < end) {
        char next = s[pos + 1];
        if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
            (ch == '>' && next == '=')) {
          ++pos;
          continue;
        }
        if (ch == '>' || ch == '<') continue;
      }
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (depth == 0) {
        p_.raise_syntax_error(std::string("f-string: unmatched '") + ch + "'");
        return false;
      }
      char opening = parens[--depth];
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
        p_.raise_syntax_error(std::string("f-string: closing parenthesis '") + ch +
                              "' does not match opening parenthesis '" + opening + "'");
        return false;
      }
    }
  }
  size_t expr_end = pos;
  if (quote_char) {
    p_.raise_syntax_error("f-string: unterminated string");
    return false;
  }
  if (depth > 0) {
    p_.raise_syntax_error(std::string("f-string: unmatched '") + parens[depth - 1] + "'");
    return false;
  }
  if (pos >= end) {
    p_.raise_syntax_error("f-string: expecting '}'");
    return false;
  }
  // The expression is compiled first, so its errors come before those of what follows.
  ExprNode* simple_expression = compile_expr(t, s, expr_start, expr_end);
  if (simple_expression == nullptr) return false;
  if (s[pos] == '=') {
    ++pos;
    while (pos < s.size() && is_python_space(s[pos])) ++pos;
    expr_text.assign(s.substr(expr_start, pos - expr_start));
    have_expr_text = true;
  }
  int conversion = -1;
  if (s[pos] == '!') {
    ++pos;
    if (pos >= end) {
      p_.raise_syntax_error("f-string: expecting '}'");
      return false;
    }
    conversion = static_cast<unsigned char>(s[pos]);
    ++pos;
    if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
      p_.raise_syntax_error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return false;
    }
  }
  if (pos >= end) {
    p_.raise_syntax_error("f-string: expecting '}'");
    return false;
  }
  ExprNode* format_spec = nullptr;
  if (s[pos] == ':') {
    ++pos;
    if (pos >= end) {
      p_.raise_syntax_error("f-string: expecting '}'");
      return false;
    }
    format_spec = parse_format_spec(t, pos, end, raw, recurse_lvl + 1);
    if (format_spec == nullptr) return false;
  }
  if (pos >= end || s[pos] != '}') {
    p_.raise_syntax_error("f-string: expecting '}'");
    return false;
  }
  ++pos;
  if (have_expr_text && format_spec == nullptr && conversion == -1) conversion = 'r';
  Position where = p_.tok_position(first_);
  Position last_pos = p_.tok_position(last_);
  where.end_lineno = last_pos.end_lineno;
  where.end_col_offset = last_pos.end_col_offset;
  auto* fv = p_.node_at<ast::FormattedValue>(where);
  fv->value = simple_expression;
  fv->conversion = conversion;
  fv->format_spec = format_spec;
  expression = fv;
  return true;
}

ExprNode* FStringParser::parse_format_spec(const Tok& t, size_t& pos, size_t end, bool raw, int recurse_lvl) {
  FStringParser spec(p_, first_, last_);
  if (!spec.concat_fstring(t, pos, end, raw, recurse_lvl)) return nullptr;
  // The format spec's JoinedStr, and its trailing literal, are located at this token.
  return spec.finish(t, t);
}

ExprNode* FStringParser::compile_expr(const Tok& t, std::string_view s, size_t expr_start, size_t expr_end) {
  size_t i = expr_start;
  while (i < expr_end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f')) ++i;
  if (i == expr_end) {
    p_.raise_syntax_error("f-string: empty expression not allowed");
    return nullptr;
  }
  // Where the expression's first line sits: lines before the '{' in the token, and the
  // columns before it on its line (none when the field's text starts on a new line).
  size_t brace = expr_start - 1;
  int lines = 0, cols = 0;
  bool newline_after_brace = true;
  for (size_t k = brace + 1; k < s.size() && s[k] != '}' && s[k] != '\n'; ++k) {
    if (s[k] != ' ' && s[k] != '\t' && s[k] != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  if (!newline_after_brace) {
    size_t start = brace;
    while (start > 0 && s[start] != '\n') --start;
    cols += static_cast<int>(brace - start);
    if (s[start] == '\n') cols -= 1;
  }
  for (size_t k = 0; k < brace; ++k)
    if (s[k] == '\n') ++lines;

  std::string source = "(";
  source.append(s.substr(expr_start, expr_end - expr_start));
  source += ')';
  TokenBuffer tokens(source);
  Parser::Options options;
  options.source_kind = SourceKind::kString;
  options.fstring = true;
  options.character_offsets = false;
  Position tp = p_.tok_position(t);
  options.line_offset = tp.lineno + lines - 1;
  options.col_offset = lines != 0 ? cols : tp.col_offset + cols;
  Parser sub(tokens, *p_.arena_, options);
  ExprNode* e = sub.parse_fstring_expression();
  for (const lex::LexWarning& w : tokens.warnings())
    p_.warnings_.push_back(CompileWarning{"SyntaxWarning", w.message, w.line + options.line_offset});
  for (CompileWarning& w : sub.warnings()) p_.warnings_.push_back(std::move(w));
  if (e == nullptr) {
    p_.error_ = true;
    p_.error_info_ = sub.error();
  }
  return e;
}

ExprNode* Parser::fstring_rule() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  return star_expressions();
}

ExprNode* Parser::parse_fstring_expression() { return run_passes(&Parser::fstring_rule); }

}  // namespace glasspy::parse
