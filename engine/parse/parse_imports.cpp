// Imports (parsing stage): CPython 3.11's `import` and `from ... import` rules, with
// their aliases and dotted names.
#include "parse/parser_impl.h"

namespace glasspy::parse {

using ast::ExprContext;

StmtNode* Parser::import_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  return first_of({&Parser::import_name, &Parser::import_from});
}

StmtNode* Parser::import_name() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(Keyword::kImport)) return nullptr;
  Seq<ast::Alias*>* names = dotted_as_names();
  if (names == nullptr) {
    pos_ = start;
    return nullptr;
  }
  auto* s = node<ast::Import>(start);
  s->names = *names;
  return s;
}

StmtNode* Parser::import_from() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(Keyword::kFrom)) return nullptr;
  int level = 0;
  for (;;) {
    if (expect(TokenKind::DOT)) {
      level += 1;
    } else if (expect(TokenKind::ELLIPSIS)) {
      level += 3;
    } else {
      break;
    }
  }
  int after_dots = pos_;
  // 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  if (ExprNode* b = dotted_name()) {
    if (expect_keyword(Keyword::kImport)) {
      if (Seq<ast::Alias*>* c = import_from_targets()) {
        auto* s = node<ast::ImportFrom>(start);
        s->module = static_cast<ast::Name*>(b)->id;
        s->names = *c;
        s->level = level;
        return s;
      }
    }
  }
  if (error_) return nullptr;
  // 'from' ('.' | '...')+ 'import' import_from_targets
  pos_ = after_dots;
  if (level > 0 && expect_keyword(Keyword::kImport)) {
    if (Seq<ast::Alias*>* b = import_from_targets()) {
      auto* s = node<ast::ImportFrom>(start);
      s->names = *b;
      s->level = level;
      return s;
    }
  }
  pos_ = start;
  return nullptr;
}

Seq<ast::Alias*>* Parser::import_from_targets() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::LPAR)) {
    if (Seq<ast::Alias*>* a = import_from_as_names()) {
      expect(TokenKind::COMMA);
      if (expect(TokenKind::RPAR)) return a;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Seq<ast::Alias*>* a = import_from_as_names()) {
    if (!at(TokenKind::COMMA) && !error_) return a;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (expect(TokenKind::STAR)) {
    auto* alias = node<ast::Alias>(start);
    alias->name = arena_->copy("*");
    return seq_ptr(singleton<ast::Alias*>(alias));
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_import_from_targets();
    pos_ = start;
  }
  return nullptr;
}

Seq<ast::Alias*>* Parser::import_from_as_names() { return alias_list(&Parser::import_from_as_name); }

Seq<ast::Alias*>* Parser::dotted_as_names() { return alias_list(&Parser::dotted_as_name); }

// import_from_as_names and dotted_as_names: ','.rule+.
Seq<ast::Alias*>* Parser::alias_list(ast::Alias* (Parser::*rule)()) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  int start = pos_;
  if (!gather_items(rule)) return nullptr;
  if (error_) {
    pos_ = start;
    return nullptr;
  }
  return seq_ptr(take<ast::Alias*>(scratch.base()));
}

ast::Alias* Parser::import_from_as_name() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  const Tok* a = name_tok();
  if (a == nullptr) return nullptr;
  return alias_as(start, identifier(*a));
}

ast::Alias* Parser::dotted_as_name() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* a = dotted_name();
  if (a == nullptr) return nullptr;
  return alias_as(start, static_cast<ast::Name*>(a)->id);
}

// The alias of `name` (from token `start`) with its optional ['as' NAME].
ast::Alias* Parser::alias_as(int start, ast::Identifier name) {
  int before = pos_;
  const Tok* b = nullptr;
  if (expect_keyword(Keyword::kAs)) {
    b = name_tok();
    if (b == nullptr) pos_ = before;
  }
  if (error_) return nullptr;
  auto* alias = node<ast::Alias>(start);
  alias->name = name;
  if (b != nullptr) alias->asname = identifier(*b);
  return alias;
}

// dotted_name: dotted_name '.' NAME | NAME (left-recursive: a loop).
ExprNode* Parser::dotted_name() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kDottedName, result)) return result;
  int start = pos_;
  result = name_token();
  while (result != nullptr) {
    int before = pos_;
    if (!expect(TokenKind::DOT)) break;
    const Tok* t = name_tok();
    if (t == nullptr) {
      pos_ = before;
      break;
    }
    auto* joined = node<ast::Name>(start);
    std::string id(static_cast<ast::Name*>(result)->id);
    id += '.';
    id += identifier(*t);
    joined->id = arena_->copy(id);
    joined->ctx = ExprContext::Load;
    result = joined;
  }
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kDottedName, start, result);
  return result;
}

}  // namespace glasspy::parse
