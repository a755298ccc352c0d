// Compound statements (parsing stage): CPython 3.11's if / elif / else, while, for and
// async for, with and async with, try / except / except* / finally (match is in
// parse_match.cpp).
#include "parse/parser_impl.h"

namespace glasspy::parse {

StmtNode* Parser::if_stmt() { return if_or_elif(Keyword::kIf); }

StmtNode* Parser::elif_stmt() { return if_or_elif(Keyword::kElif); }

// if_stmt and elif_stmt: `keyword` named_expression ':' block (elif_stmt | [else_block]).
StmtNode* Parser::if_or_elif(Keyword keyword) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_condition_stmt(keyword, keyword == Keyword::kIf ? "'if' statement" : "'elif' statement");
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(keyword)) return nullptr;
  ExprNode* a = named_expression();
  if (a == nullptr || !expect(TokenKind::COLON)) {
    pos_ = start;
    return nullptr;
  }
  Seq<StmtNode*>* b = block();
  if (b == nullptr) {
    pos_ = start;
    return nullptr;
  }
  int after_block = pos_;
  if (StmtNode* c = elif_stmt()) {
    auto* s = node<ast::If>(start);
    s->test = a;
    s->body = *b;
    s->orelse = singleton(c);
    return s;
  }
  pos_ = after_block;
  if (error_) return nullptr;
  Seq<StmtNode*>* c = else_block();
  if (error_) return nullptr;
  if (c == nullptr) pos_ = after_block;
  auto* s = node<ast::If>(start);
  s->test = a;
  s->body = *b;
  if (c != nullptr) s->orelse = *c;
  return s;
}

Seq<StmtNode*>* Parser::else_block() { return keyword_block(Keyword::kElse, "'else' statement"); }

Seq<StmtNode*>* Parser::finally_block() { return keyword_block(Keyword::kFinally, "'finally' statement"); }

// else_block and finally_block: `keyword` &&':' block.
Seq<StmtNode*>* Parser::keyword_block(Keyword keyword, const char* what) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_block_stmt(keyword, what);
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(keyword)) return nullptr;
  if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
  Seq<StmtNode*>* b = block();
  if (b == nullptr) pos_ = start;
  return b;
}

// ':' block [else_block] after a loop's header; false, the position back at `start` unless
// an error was raised, without a colon or a block.
bool Parser::loop_body(int start, Seq<StmtNode*>*& body, Seq<StmtNode*>*& orelse) {
  if (!expect(TokenKind::COLON) || (body = block()) == nullptr) {
    pos_ = start;
    return false;
  }
  int after_block = pos_;
  orelse = else_block();
  if (error_) return false;
  if (orelse == nullptr) pos_ = after_block;
  return true;
}

StmtNode* Parser::while_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_condition_stmt(Keyword::kWhile, "'while' statement");
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(Keyword::kWhile)) return nullptr;
  ExprNode* a = named_expression();
  Seq<StmtNode*>* b;
  Seq<StmtNode*>* c;
  if (a == nullptr) {
    pos_ = start;
    return nullptr;
  }
  if (!loop_body(start, b, c)) return nullptr;
  auto* s = node<ast::While>(start);
  s->test = a;
  s->body = *b;
  if (c != nullptr) s->orelse = *c;
  return s;
}

StmtNode* Parser::for_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_for_stmt();
    pos_ = start;
    if (error_) return nullptr;
  }
  for (int is_async = 0; is_async < 2; ++is_async) {
    pos_ = start;
    if (is_async && !expect_keyword(Keyword::kAsync)) break;
    if (!expect_keyword(Keyword::kFor)) continue;
    ExprNode* t = star_targets();
    if (t == nullptr || !expect_keyword(Keyword::kIn)) continue;
    // The cut: past 'in', a failure ends the rule.
    ExprNode* ex = star_expressions();
    Seq<StmtNode*>* b;
    Seq<StmtNode*>* el;
    if (ex == nullptr) {
      pos_ = start;
      return nullptr;
    }
    if (!loop_body(start, b, el)) return nullptr;
    auto fill = [&](auto* s) {
      s->target = t;
      s->iter = ex;
      s->body = *b;
      if (el != nullptr) s->orelse = *el;
      return s;
    };
    if (is_async) return fill(node<ast::AsyncFor>(start));
    return fill(node<ast::For>(start));
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_for_target();
    pos_ = start;
  }
  return nullptr;
}

Seq<ast::WithItem*>* Parser::with_items() {
  ScratchMark scratch(*this);
  if (!gather_items(&Parser::with_item)) return nullptr;
  if (error_) return nullptr;
  return seq_ptr(take<ast::WithItem*>(scratch.base()));
}

StmtNode* Parser::with_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_with_stmt_indent();
    pos_ = start;
    if (error_) return nullptr;
  }
  for (int is_async = 0; is_async < 2; ++is_async) {
    for (int parenthesized = 1; parenthesized >= 0; --parenthesized) {
      pos_ = start;
      if (error_) return nullptr;
      if (is_async && !expect_keyword(Keyword::kAsync)) continue;
      if (!expect_keyword(Keyword::kWith)) continue;
      if (parenthesized && !expect(TokenKind::LPAR)) continue;
      Seq<ast::WithItem*>* a = with_items();
      if (a == nullptr) continue;
      if (parenthesized) {
        expect(TokenKind::COMMA);
        if (!expect(TokenKind::RPAR)) continue;
      }
      if (!expect(TokenKind::COLON)) continue;
      Seq<StmtNode*>* b = block();
      if (b == nullptr) continue;
      if (is_async) {
        auto* s = node<ast::AsyncWith>(start);
        s->items = *a;
        s->body = *b;
        return s;
      }
      auto* s = node<ast::With>(start);
      s->items = *a;
      s->body = *b;
      return s;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_with_stmt();
    pos_ = start;
  }
  return nullptr;
}

ast::WithItem* Parser::with_item() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* e = expression()) {
    if (expect_keyword(Keyword::kAs)) {
      if (ExprNode* t = star_target()) {
        TokenKind k = current().kind;
        if (!error_ && (k == TokenKind::COMMA || k == TokenKind::RPAR || k == TokenKind::COLON)) {
          auto* w = node_at<ast::WithItem>(Position{});
          w->context_expr = e;
          w->optional_vars = t;
          return w;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_with_item();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (ExprNode* e = expression()) {
    auto* w = node_at<ast::WithItem>(Position{});
    w->context_expr = e;
    return w;
  }
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::try_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_try_stmt();
    pos_ = start;
    if (error_) return nullptr;
  }
  for (int alt = 0; alt < 3; ++alt) {
    pos_ = start;
    if (!expect_keyword(Keyword::kTry)) return nullptr;
    if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
    Seq<StmtNode*>* b = block();
    if (b == nullptr) continue;
    if (alt == 0) {
      Seq<StmtNode*>* f = finally_block();
      if (f == nullptr) continue;
      auto* s = node<ast::Try>(start);
      s->body = *b;
      s->finalbody = *f;
      return s;
    }
    ScratchMark scratch(*this);
    NestingGuard loop_guard(*this);  // pegen's _loop1 helper for except_block+
    for (;;) {
      int before = pos_;
      ast::ExceptHandlerNode* h = except_block(alt == 2);
      if (h == nullptr) {
        pos_ = before;
        break;
      }
      push(h);
    }
    if (error_) return nullptr;
    if (scratch_.size() == scratch.base()) continue;
    int before = pos_;
    Seq<StmtNode*>* el = else_block();
    if (error_) return nullptr;
    if (el == nullptr) pos_ = before;
    before = pos_;
    Seq<StmtNode*>* f = finally_block();
    if (error_) return nullptr;
    if (f == nullptr) pos_ = before;
    Seq<ast::ExceptHandlerNode*> handlers = take<ast::ExceptHandlerNode*>(scratch.base());
    auto fill = [&](auto* s) {
      s->body = *b;
      s->handlers = handlers;
      if (el != nullptr) s->orelse = *el;
      if (f != nullptr) s->finalbody = *f;
      return s;
    };
    if (alt == 1) return fill(node<ast::Try>(start));
    return fill(node<ast::TryStar>(start));
  }
  pos_ = start;
  return nullptr;
}

// except_block, and except_star_block when `star`: 'except' ['*'] expression ['as' NAME] ':'
// block, and (not star) 'except' ':' block.
ast::ExceptHandlerNode* Parser::except_block(bool star) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_except_stmt_indent(star);
    pos_ = start;
    if (error_) return nullptr;
  }
  if (expect_keyword(Keyword::kExcept) && (!star || expect(TokenKind::STAR))) {
    if (ExprNode* e = expression()) {
      int before = pos_;
      const Tok* t = nullptr;
      if (expect_keyword(Keyword::kAs)) {
        t = name_tok();
        if (t == nullptr) pos_ = before;
      }
      if (!error_ && expect(TokenKind::COLON)) {
        if (Seq<StmtNode*>* b = block()) {
          auto* h = node<ast::ExceptHandler>(start);
          h->type = e;
          if (t != nullptr) h->name = identifier(*t);
          h->body = *b;
          return h;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (!star && expect_keyword(Keyword::kExcept) && expect(TokenKind::COLON)) {
    if (Seq<StmtNode*>* b = block()) {
      auto* h = node<ast::ExceptHandler>(start);
      h->body = *b;
      return h;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_except_stmt();
    pos_ = start;
  }
  return nullptr;
}

}  // namespace glasspy::parse
