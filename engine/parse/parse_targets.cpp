// Assignment and deletion targets (parsing stage): star_targets, single targets, del
// targets and the t_primary chain they start with, as in CPython 3.11's grammar, plus
// _PyPegen_set_expr_context, which re-makes an expression with a Store or Del context.
#include "parse/parser_impl.h"

namespace glasspy::parse {

using ast::ExprContext;

ExprNode* Parser::set_expr_context(ExprNode* e, ExprContext ctx) {
  // A copy, never in place: the node may be memoised and reused in a Load context.
  auto copy_seq = [&](const Seq<ExprNode*>& elts) {
    Seq<ExprNode*> out;
    out.count = elts.count;
    out.items = arena_->make_array<ExprNode*>(elts.count);
    for (uint32_t i = 0; i < elts.count; ++i) out.items[i] = set_expr_context(elts.items[i], ctx);
    return out;
  };
  switch (e->node_kind) {
    case ast::NodeKind::Name: {
      auto* n = node_at<ast::Name>(e->pos);
      n->id = static_cast<ast::Name*>(e)->id;
      n->ctx = ctx;
      return n;
    }
    case ast::NodeKind::Tuple: {
      auto* n = node_at<ast::Tuple>(e->pos);
      n->elts = copy_seq(static_cast<ast::Tuple*>(e)->elts);
      n->ctx = ctx;
      return n;
    }
    case ast::NodeKind::List: {
      auto* n = node_at<ast::List>(e->pos);
      n->elts = copy_seq(static_cast<ast::List*>(e)->elts);
      n->ctx = ctx;
      return n;
    }
    case ast::NodeKind::Subscript: {
      auto* old = static_cast<ast::Subscript*>(e);
      auto* n = node_at<ast::Subscript>(e->pos);
      n->value = old->value;
      n->slice = old->slice;
      n->ctx = ctx;
      return n;
    }
    case ast::NodeKind::Attribute: {
      auto* old = static_cast<ast::Attribute*>(e);
      auto* n = node_at<ast::Attribute>(e->pos);
      n->value = old->value;
      n->attr = old->attr;
      n->ctx = ctx;
      return n;
    }
    case ast::NodeKind::Starred: {
      auto* n = node_at<ast::Starred>(e->pos);
      n->value = set_expr_context(static_cast<ast::Starred*>(e)->value, ctx);
      n->ctx = ctx;
      return n;
    }
    default:
      return e;
  }
}

ExprNode* Parser::star_targets() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* a = star_target();
  if (a == nullptr) return nullptr;
  if (!at(TokenKind::COMMA)) return error_ ? nullptr : a;
  ScratchMark scratch(*this);
  push(a);
  gather_rest(&Parser::star_target);
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  auto* t = node<ast::Tuple>(start);
  t->elts = take<ExprNode*>(scratch.base());
  t->ctx = ExprContext::Store;
  return t;
}

Seq<ExprNode*>* Parser::star_targets_list_seq() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  if (!gather_items(&Parser::star_target)) return nullptr;
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  return seq_ptr(take<ExprNode*>(scratch.base()));
}

Seq<ExprNode*>* Parser::star_targets_tuple_seq() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ScratchMark scratch(*this);
  ExprNode* first = star_target();
  if (first == nullptr) return nullptr;
  push(first);
  gather_rest(&Parser::star_target);  // star_target (',' star_target)+ [','] | star_target ','
  if (error_) return nullptr;
  if (scratch_.size() - scratch.base() > 1) {
    expect(TokenKind::COMMA);
    return seq_ptr(take<ExprNode*>(scratch.base()));
  }
  if (expect(TokenKind::COMMA)) return seq_ptr(take<ExprNode*>(scratch.base()));
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::star_target() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kStarTarget, result)) return result;
  int start = pos_;
  result = nullptr;
  if (expect(TokenKind::STAR)) {
    if (!at(TokenKind::STAR) && !error_) {
      if (ExprNode* a = star_target()) {
        auto* e = node<ast::Starred>(start);
        e->value = set_expr_context(a, ExprContext::Store);
        e->ctx = ExprContext::Store;
        result = e;
      }
    }
  }
  if (result == nullptr && !error_) {
    pos_ = start;
    result = target_with_star_atom();
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kStarTarget, start, result);
  return result;
}

ExprNode* Parser::target_with_star_atom() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kTargetWithStarAtom, result)) return result;
  int start = pos_;
  // Its first two alternatives are single_subscript_attribute_target's, not a call of it.
  result = subscript_attribute_target(ExprContext::Store);
  if (result == nullptr && !error_) {
    pos_ = start;
    result = star_atom();
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kTargetWithStarAtom, start, result);
  return result;
}

ExprNode* Parser::star_atom() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = name_token()) return set_expr_context(a, ExprContext::Store);
  if (error_) return nullptr;
  if (expect(TokenKind::LPAR)) {
    if (ExprNode* a = target_with_star_atom()) {
      if (expect(TokenKind::RPAR)) return set_expr_context(a, ExprContext::Store);
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (expect(TokenKind::LPAR)) {
    int before = pos_;
    Seq<ExprNode*>* a = star_targets_tuple_seq();
    if (error_) return nullptr;
    if (a == nullptr) pos_ = before;
    if (expect(TokenKind::RPAR)) {
      auto* t = node<ast::Tuple>(start);
      if (a != nullptr) t->elts = *a;
      t->ctx = ExprContext::Store;
      return t;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (expect(TokenKind::LSQB)) {
    int before = pos_;
    Seq<ExprNode*>* a = star_targets_list_seq();
    if (error_) return nullptr;
    if (a == nullptr) pos_ = before;
    if (expect(TokenKind::RSQB)) {
      auto* l = node<ast::List>(start);
      if (a != nullptr) l->elts = *a;
      l->ctx = ExprContext::Store;
      return l;
    }
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::single_target() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = single_subscript_attribute_target()) return a;
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* a = name_token()) return set_expr_context(a, ExprContext::Store);
  if (error_) return nullptr;
  if (expect(TokenKind::LPAR)) {
    if (ExprNode* a = single_target()) {
      if (expect(TokenKind::RPAR)) return a;
    }
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::single_subscript_attribute_target() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  return subscript_attribute_target(ExprContext::Store);
}

// t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in `ctx`
// (single_subscript_attribute_target and the first alternatives of del_target).
ExprNode* Parser::subscript_attribute_target(ExprContext ctx) {
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    ExprNode* a = t_primary();
    if (a == nullptr) return nullptr;
    if (alt == 0) {
      if (!expect(TokenKind::DOT)) continue;
      const Tok* b = name_tok();
      if (b == nullptr || t_lookahead() || error_) continue;
      auto* e = node<ast::Attribute>(start);
      e->value = a;
      e->attr = identifier(*b);
      e->ctx = ctx;
      return e;
    }
    if (!expect(TokenKind::LSQB)) continue;
    ExprNode* b = slices();
    if (b == nullptr || !expect(TokenKind::RSQB) || t_lookahead() || error_) continue;
    auto* e = node<ast::Subscript>(start);
    e->value = a;
    e->slice = b;
    e->ctx = ctx;
    return e;
  }
  pos_ = start;
  return nullptr;
}

bool Parser::t_lookahead() {
  NestingGuard guard(*this);
  if (error_) return false;
  TokenKind k = current().kind;
  return k == TokenKind::LPAR || k == TokenKind::LSQB || k == TokenKind::DOT;
}

Seq<ExprNode*>* Parser::del_targets() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  if (!gather_items(&Parser::del_target)) return nullptr;
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  return seq_ptr(take<ExprNode*>(scratch.base()));
}

ExprNode* Parser::del_target() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kDelTarget, result)) return result;
  int start = pos_;
  result = subscript_attribute_target(ExprContext::Del);
  if (result == nullptr && !error_) {
    pos_ = start;
    result = del_t_atom();
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kDelTarget, start, result);
  return result;
}

ExprNode* Parser::del_t_atom() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = name_token()) return set_expr_context(a, ExprContext::Del);
  if (error_) return nullptr;
  if (expect(TokenKind::LPAR)) {
    if (ExprNode* a = del_target()) {
      if (expect(TokenKind::RPAR)) return set_expr_context(a, ExprContext::Del);
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  for (int list = 0; list < 2; ++list) {
    pos_ = start;
    if (!expect(list ? TokenKind::LSQB : TokenKind::LPAR)) continue;
    int before = pos_;
    Seq<ExprNode*>* a = del_targets();
    if (error_) return nullptr;
    if (a == nullptr) pos_ = before;
    if (!expect(list ? TokenKind::RSQB : TokenKind::RPAR)) continue;
    if (list) {
      auto* l = node<ast::List>(start);
      if (a != nullptr) l->elts = *a;
      l->ctx = ExprContext::Del;
      return l;
    }
    auto* t = node<ast::Tuple>(start);
    if (a != nullptr) t->elts = *a;
    t->ctx = ExprContext::Del;
    return t;
  }
  pos_ = start;
  return nullptr;
}

}  // namespace glasspy::parse
