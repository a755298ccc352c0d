// The parser's machinery (parsing stage): token access with pegen's bookkeeping, positions,
// memoisation, and the two passes of parse_module.
#include <algorithm>
#include <cstring>

#include "parse/parser_impl.h"
#include "unicode/char_class.h"

namespace glasspy::parse {

Parser::Parser(TokenBuffer& tokens, ast::Arena& arena, const Options& options)
    : tokens_(tokens), arena_(&arena), options_(options) {}

const Tok& Parser::token_at(int i) {
  const Tok& t = tokens_.at(i);
  if (i >= fill_) {
    fill_ = i + 1;
    if (tokens_.is_error(i) && !error_) raise_lex_error();
  }
  return t;
}

const Tok* Parser::expect(TokenKind kind) {
  const Tok& t = current();
  if (t.kind != kind || (kind == TokenKind::NAME && t.keyword != Keyword::kNotKeyword)) return nullptr;
  ++pos_;
  return &t;
}

const Tok* Parser::expect_keyword(Keyword keyword) {
  const Tok& t = current();
  if (t.kind != TokenKind::NAME || t.keyword != keyword) return nullptr;
  ++pos_;
  return &t;
}

const Tok* Parser::expect_soft_keyword(Keyword keyword) {
  const Tok& t = current();
  if (t.kind != TokenKind::NAME || t.soft != keyword) return nullptr;
  ++pos_;
  return &t;
}

const Tok* Parser::expect_forced(TokenKind kind, const char* spelling) {
  if (error_) return nullptr;
  const Tok& t = current();
  if (error_) return nullptr;
  if (t.kind != kind) {
    raise_known_location(&t, std::string("expected '") + spelling + "'");
    return nullptr;
  }
  ++pos_;
  return &t;
}

const Tok* Parser::name_tok() {
  const Tok& t = current();
  if (t.kind != TokenKind::NAME || t.keyword != Keyword::kNotKeyword) return nullptr;
  ++pos_;
  return &t;
}

const Tok* Parser::soft_keyword_tok() {
  const Tok& t = current();
  if (t.kind != TokenKind::NAME || t.soft == Keyword::kNotKeyword) return nullptr;
  ++pos_;
  return &t;
}

ast::Identifier Parser::identifier(const Tok& t) {
  std::string_view text = token_text(t);
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return arena_->copy(unicode::nfkc(text));
  }
  return arena_->copy(text);
}

ExprNode* Parser::name_token() {
  const Tok* t = name_tok();
  if (t == nullptr) return nullptr;
  auto* n = node_at<ast::Name>(tok_position(*t));
  n->id = identifier(*t);
  n->ctx = ast::ExprContext::Load;
  return n;
}

Position Parser::tok_position(const Tok& t) const {
  Position p;
  p.lineno = tok_line(t.line);
  p.end_lineno = tok_line(t.end_line);
  // CPython shifts columns when the tokenizer stands on the first line after the token.
  int shift = t.cur_line == 1 ? options_.col_offset : 0;
  p.col_offset = t.col + shift;
  p.end_col_offset = t.end_col + shift;
  return p;
}

Position Parser::extra(int start) {
  const Tok& first = token_at(start);
  Position p;
  Position s = tok_position(first);
  p.lineno = s.lineno;
  p.col_offset = s.col_offset;
  // The end is the last token before the mark that is not NEWLINE/INDENT/DEDENT/ENDMARKER.
  const Tok* last = &first;
  for (int m = pos_ - 1; m >= 0; --m) {
    last = &tokens_.at(m);
    TokenKind k = last->kind;
    if (k != TokenKind::ENDMARKER && k != TokenKind::NEWLINE && k != TokenKind::INDENT && k != TokenKind::DEDENT)
      break;
  }
  Position e = tok_position(*last);
  p.end_lineno = e.end_lineno;
  p.end_col_offset = e.end_col_offset;
  return p;
}

Position Parser::span(const ast::Node* a, const ast::Node* b) const {
  Position p = a->pos;
  p.end_lineno = b->pos.end_lineno;
  p.end_col_offset = b->pos.end_col_offset;
  return p;
}

bool Parser::memo_find(MemoRule rule, void*& result) {
  current();  // pegen fills the token at the mark before looking in its memo
  if (pos_ >= static_cast<int>(memo_heads_.size())) return false;
  for (int i = memo_heads_[pos_]; i >= 0; i = memo_[i].next) {
    if (memo_[i].rule == rule) {
      result = memo_[i].result;
      pos_ = memo_[i].end;
      return true;
    }
  }
  return false;
}

void Parser::memo_store(MemoRule rule, int start, void* result) {
  if (start >= static_cast<int>(memo_heads_.size())) memo_heads_.resize(start + 64, -1);
  memo_.push_back(MemoEntry{memo_heads_[start], rule, pos_, result});
  memo_heads_[start] = static_cast<int>(memo_.size()) - 1;
}

ast::Module* Parser::parse_file() { return run_passes(&Parser::file_rule); }

ast::Module* Parser::parse_eval() { return run_passes(&Parser::eval_rule); }

ast::Module* Parser::eval_rule() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* e = expressions();
  if (e == nullptr || error_) return nullptr;
  auto* statement = node<ast::Expr>(start);
  statement->value = e;
  while (expect(TokenKind::NEWLINE) != nullptr) {
  }
  if (expect(TokenKind::ENDMARKER) == nullptr) return nullptr;
  auto* module = node_at<ast::Module>(Position{});
  module->body = singleton<StmtNode*>(statement);
  return module;
}

ast::Module* Parser::parse_single() {
  ast::Module* module = run_passes(&Parser::single_rule);
  if (module == nullptr) return nullptr;
  // bad_single_statement: only whitespace and comments may follow the statement.
  std::string_view rest = tokens_.source().substr(std::min<size_t>(last_token().end, tokens_.source().size()));
  for (size_t i = 0; i < rest.size(); ++i) {
    char c = rest[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
    if (c == '#') {
      while (i < rest.size() && rest[i] != '\n') ++i;
      continue;
    }
    raise_syntax_error("multiple statements found while compiling a single statement");
    return nullptr;
  }
  return module;
}

// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE (a Pass) | ENDMARKER
// (the end of input: an error here).
ast::Module* Parser::single_rule() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int mark = pos_;
  auto* module = node_at<ast::Module>(Position{});
  if (StmtNode* s = compound_stmt()) {
    if (expect(TokenKind::NEWLINE) != nullptr) {
      module->body = singleton<StmtNode*>(s);
      return module;
    }
  }
  if (error_) return nullptr;
  pos_ = mark;
  if (Seq<StmtNode*>* body = simple_stmts()) {
    module->body = *body;
    return module;
  }
  if (error_) return nullptr;
  pos_ = mark;
  if (expect(TokenKind::NEWLINE) != nullptr) {
    module->body = singleton<StmtNode*>(static_cast<StmtNode*>(node<ast::Pass>(mark)));
    return module;
  }
  return nullptr;
}

ast::Module* Parser::file_rule() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int mark = pos_;
  Seq<StmtNode*>* body = statements();
  if (error_) return nullptr;
  if (body == nullptr) pos_ = mark;
  if (expect(TokenKind::ENDMARKER) == nullptr) return nullptr;
  auto* module = node_at<ast::Module>(Position{});
  if (body != nullptr) module->body = *body;
  return module;
}

}  // namespace glasspy::parse
