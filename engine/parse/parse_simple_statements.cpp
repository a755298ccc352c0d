// Simple statements (parsing stage): CPython 3.11's assignment (plain, annotated,
// augmented), return, raise, global, nonlocal, del, yield and assert rules.
#include "parse/parser_impl.h"

namespace glasspy::parse {

using ast::ExprContext;

ExprNode* Parser::annotated_rhs() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  return first_of({&Parser::yield_expr, &Parser::star_expressions});
}

// ':' expression ['=' annotated_rhs] after the target of an annotated assignment (a
// `simple` one is a plain name); null if it does not follow.
StmtNode* Parser::annotated_assignment(int start, ExprNode* target, bool simple) {
  if (!expect(TokenKind::COLON)) return nullptr;
  ExprNode* annotation = expression();
  if (annotation == nullptr) return nullptr;
  ExprNode* value;
  {
    NestingGuard group_guard(*this);  // ['=' annotated_rhs] is a helper rule in pegen
    value = after_token(TokenKind::EQUAL, &Parser::annotated_rhs);
  }
  if (error_) return nullptr;
  auto* s = node<ast::AnnAssign>(start);
  s->target = simple ? set_expr_context(target, ExprContext::Store) : target;
  s->annotation = annotation;
  s->value = value;
  s->simple = simple;
  return s;
}

StmtNode* Parser::assignment() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a=NAME ':' b=expression c=['=' d=annotated_rhs]
  if (ExprNode* a = name_token()) {
    if (StmtNode* s = annotated_assignment(start, a, true)) return s;
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=('(' b=single_target ')' | single_subscript_attribute_target) ':' b=expression c=[...]
  {
    ExprNode* a = nullptr;
    {
      NestingGuard group_guard(*this);  // the group is a helper rule in pegen
      if (expect(TokenKind::LPAR)) {
        a = single_target();
        if (a != nullptr && !expect(TokenKind::RPAR)) a = nullptr;
      }
      if (a == nullptr) {
        pos_ = start;
        if (error_) return nullptr;
        a = single_subscript_attribute_target();
      }
    }
    if (a != nullptr) {
      if (StmtNode* s = annotated_assignment(start, a, false)) return s;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // (z=star_targets '=')+ b=(yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  {
    ScratchMark scratch(*this);
    {
      NestingGuard loop_guard(*this);  // pegen's _loop1 helper, and the group it repeats
      for (;;) {
        int before = pos_;
        NestingGuard group_guard(*this);
        ExprNode* z = star_targets();
        if (z != nullptr && expect(TokenKind::EQUAL)) {
          push(z);
          continue;
        }
        pos_ = before;
        break;
      }
    }
    if (!error_ && scratch_.size() > scratch.base()) {
      int before = pos_;
      NestingGuard group_guard(*this);  // (yield_expr | star_expressions) is a helper rule
      ExprNode* b = yield_expr();
      if (b == nullptr) {
        pos_ = before;
        if (!error_) b = star_expressions();
      }
      if (b != nullptr && !at(TokenKind::EQUAL) && !error_) {
        auto* s = node<ast::Assign>(start);
        s->targets = take<ExprNode*>(scratch.base());
        s->value = b;
        return s;
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=single_target b=augassign ~ c=(yield_expr | star_expressions)
  if (ExprNode* a = single_target()) {
    int op = augassign();
    if (op >= 0) {
      int before = pos_;
      NestingGuard group_guard(*this);  // (yield_expr | star_expressions) is a helper rule
      ExprNode* c = yield_expr();
      if (c == nullptr) {
        pos_ = before;
        if (!error_) c = star_expressions();
      }
      if (c != nullptr) {
        auto* s = node<ast::AugAssign>(start);
        s->target = a;
        s->op = static_cast<ast::Operator>(op);
        s->value = c;
        return s;
      }
      pos_ = start;
      return nullptr;  // the cut: no further alternatives
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_assignment();
    pos_ = start;
  }
  return nullptr;
}

int Parser::augassign() {
  NestingGuard guard(*this);
  if (error_) return -1;
  using ast::Operator;
  Operator op;
  switch (current().kind) {
    case TokenKind::PLUSEQUAL: op = Operator::Add; break;
    case TokenKind::MINEQUAL: op = Operator::Sub; break;
    case TokenKind::STAREQUAL: op = Operator::Mult; break;
    case TokenKind::ATEQUAL: op = Operator::MatMult; break;
    case TokenKind::SLASHEQUAL: op = Operator::Div; break;
    case TokenKind::PERCENTEQUAL: op = Operator::Mod; break;
    case TokenKind::AMPEREQUAL: op = Operator::BitAnd; break;
    case TokenKind::VBAREQUAL: op = Operator::BitOr; break;
    case TokenKind::CIRCUMFLEXEQUAL: op = Operator::BitXor; break;
    case TokenKind::LEFTSHIFTEQUAL: op = Operator::LShift; break;
    case TokenKind::RIGHTSHIFTEQUAL: op = Operator::RShift; break;
    case TokenKind::DOUBLESTAREQUAL: op = Operator::Pow; break;
    case TokenKind::DOUBLESLASHEQUAL: op = Operator::FloorDiv; break;
    default: return -1;
  }
  ++pos_;
  return static_cast<int>(op);
}

StmtNode* Parser::return_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(Keyword::kReturn)) return nullptr;
  int before = pos_;
  ExprNode* value = star_expressions();
  if (error_) return nullptr;
  if (value == nullptr) pos_ = before;
  auto* s = node<ast::Return>(start);
  s->value = value;
  return s;
}

StmtNode* Parser::raise_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect_keyword(Keyword::kRaise)) {
    if (ExprNode* a = expression()) {
      int before = pos_;
      ExprNode* b = nullptr;
      NestingGuard group_guard(*this);  // ['from' expression] is a helper rule in pegen
      if (expect_keyword(Keyword::kFrom)) {
        b = expression();
        if (b == nullptr) pos_ = before;
      }
      if (error_) return nullptr;
      auto* s = node<ast::Raise>(start);
      s->exc = a;
      s->cause = b;
      return s;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (expect_keyword(Keyword::kRaise)) return node<ast::Raise>(start);
  return nullptr;
}

// global_stmt and nonlocal_stmt: `keyword` ','.NAME+ as a `Stmt` (Global or Nonlocal).
template <class Stmt>
StmtNode* Parser::names_stmt(Keyword keyword) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(keyword)) return nullptr;
  std::vector<ast::Identifier> names;
  for (;;) {
    const Tok* t = name_tok();
    if (t == nullptr) break;
    names.push_back(identifier(*t));
    int before = pos_;
    if (!expect(TokenKind::COMMA)) break;
    if (current().kind != TokenKind::NAME || current().keyword != Keyword::kNotKeyword) {
      pos_ = before;
      break;
    }
  }
  if (names.empty() || error_) {
    pos_ = start;
    return nullptr;
  }
  auto* s = node<Stmt>(start);
  s->names.count = static_cast<uint32_t>(names.size());
  s->names.items = arena_->make_array<ast::Identifier>(names.size());
  for (size_t i = 0; i < names.size(); ++i) s->names.items[i] = names[i];
  return s;
}

StmtNode* Parser::global_stmt() { return names_stmt<ast::Global>(Keyword::kGlobal); }

StmtNode* Parser::nonlocal_stmt() { return names_stmt<ast::Nonlocal>(Keyword::kNonlocal); }

StmtNode* Parser::del_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect_keyword(Keyword::kDel)) {
    if (Seq<ExprNode*>* a = del_targets()) {
      if (at(TokenKind::SEMI) || at(TokenKind::NEWLINE)) {
        auto* s = node<ast::Delete>(start);
        s->targets = *a;
        return s;
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_del_stmt();
    pos_ = start;
  }
  return nullptr;
}

StmtNode* Parser::yield_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* y = yield_expr();
  if (y == nullptr) return nullptr;
  auto* s = node<ast::Expr>(start);
  s->value = y;
  return s;
}

StmtNode* Parser::assert_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(Keyword::kAssert)) return nullptr;
  ExprNode* a = expression();
  if (a == nullptr) {
    pos_ = start;
    return nullptr;
  }
  ExprNode* b;
  {
    NestingGuard group_guard(*this);  // [',' expression] is a helper rule in pegen
    b = after_token(TokenKind::COMMA, &Parser::expression);
  }
  if (error_) return nullptr;
  auto* s = node<ast::Assert>(start);
  s->test = a;
  s->msg = b;
  return s;
}

}  // namespace glasspy::parse
