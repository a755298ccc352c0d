// Definitions (parsing stage): CPython 3.11's rules for decorators, `class` and
// `def` / `async def` (the parameter lists are in parse_params.cpp).
#include "parse/parser_impl.h"

namespace glasspy::parse {

Seq<ExprNode*>* Parser::decorators() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  NestingGuard loop_guard(*this);  // pegen's _loop1 helper, and the group it repeats
  for (;;) {
    int before = pos_;
    NestingGuard group_guard(*this);
    if (expect(TokenKind::AT)) {
      if (ExprNode* f = named_expression()) {
        if (expect(TokenKind::NEWLINE)) {
          push(f);
          continue;
        }
      }
    }
    pos_ = before;
    break;
  }
  if (error_ || scratch_.size() == scratch.base()) return nullptr;
  return seq_ptr(take<ExprNode*>(scratch.base()));
}

StmtNode* Parser::class_def() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (Seq<ExprNode*>* a = decorators()) {
    if (StmtNode* b = class_def_raw()) {
      static_cast<ast::ClassDef*>(b)->decorator_list = *a;
      return b;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (StmtNode* b = class_def_raw()) return b;
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::class_def_raw() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_class_def_raw();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(Keyword::kClass)) return nullptr;
  const Tok* a = name_tok();
  if (a != nullptr) {
    ExprNode* call = nullptr;
    int before = pos_;
    if (expect(TokenKind::LPAR)) {
      NestingGuard group_guard(*this);  // ['(' [arguments] ')'] is a helper rule in pegen
      int inner = pos_;
      call = arguments();
      if (call == nullptr) pos_ = inner;
      if (error_) return nullptr;
      if (!expect(TokenKind::RPAR)) {
        pos_ = before;
        call = nullptr;
      }
    }
    if (!error_ && expect(TokenKind::COLON)) {
      if (Seq<StmtNode*>* c = block()) {
        auto* s = node<ast::ClassDef>(start);
        s->name = identifier(*a);
        if (call != nullptr) {
          s->bases = static_cast<ast::Call*>(call)->args;
          s->keywords = static_cast<ast::Call*>(call)->keywords;
        }
        s->body = *c;
        return s;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::function_def() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (Seq<ExprNode*>* d = decorators()) {
    if (StmtNode* f = function_def_raw()) {
      if (auto* fd = ast::node_cast<ast::FunctionDef>(f)) {
        fd->decorator_list = *d;
      } else {
        static_cast<ast::AsyncFunctionDef*>(f)->decorator_list = *d;
      }
      return f;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (StmtNode* f = function_def_raw()) return f;
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::function_def_raw() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_def_raw();
    pos_ = start;
    if (error_) return nullptr;
  }
  for (int is_async = 0; is_async < 2; ++is_async) {
    pos_ = start;
    if (is_async && !expect_keyword(Keyword::kAsync)) break;
    if (!expect_keyword(Keyword::kDef)) continue;
    const Tok* n = name_tok();
    if (n == nullptr) continue;
    if (!expect_forced(TokenKind::LPAR, "(")) return nullptr;
    int before = pos_;
    Arguments* params_ = params(false);
    if (error_) return nullptr;
    if (params_ == nullptr) pos_ = before;
    if (!expect(TokenKind::RPAR)) continue;
    before = pos_;
    ExprNode* returns = nullptr;
    if (expect(TokenKind::RARROW)) {
      NestingGuard group_guard(*this);  // ['->' expression] is a helper rule in pegen
      returns = expression();
      if (returns == nullptr) pos_ = before;
    }
    if (error_) return nullptr;
    if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
    Seq<StmtNode*>* b = block();
    if (b == nullptr) continue;
    if (params_ == nullptr) params_ = empty_arguments();
    if (is_async) {
      auto* s = node<ast::AsyncFunctionDef>(start);
      s->name = identifier(*n);
      s->args = params_;
      s->body = *b;
      s->returns = returns;
      return s;
    }
    auto* s = node<ast::FunctionDef>(start);
    s->name = identifier(*n);
    s->args = params_;
    s->body = *b;
    s->returns = returns;
    return s;
  }
  pos_ = start;
  return nullptr;
}

}  // namespace glasspy::parse
