// Expressions (parsing stage): CPython 3.11's expression rules from `expressions` down to
// `await_primary`: conditional and boolean expressions, comparisons, the binary operator
// levels (left-recursive in the grammar, loops here), unary operators, powers, lambdas.
#include "parse/parser_impl.h"

namespace glasspy::parse {

using ast::ExprContext;

ExprNode* Parser::expressions() { return expressions_of(&Parser::expression); }

// expressions and star_expressions: item (',' item)* [','], a Tuple unless it is one item
// without a comma.
ExprNode* Parser::expressions_of(ExprNode* (Parser::*item)()) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* a = (this->*item)();
  if (a == nullptr) return nullptr;
  ScratchMark scratch(*this);
  push(a);
  gather_rest(item);
  if (error_) return nullptr;
  if (scratch_.size() - scratch.base() > 1 || expect(TokenKind::COMMA)) {
    if (scratch_.size() - scratch.base() > 1) expect(TokenKind::COMMA);
    auto* t = node<ast::Tuple>(start);
    t->elts = take<ExprNode*>(scratch.base());
    t->ctx = ExprContext::Load;
    return t;
  }
  return a;
}

ExprNode* Parser::expression() { return memoized(MemoRule::kExpression, &Parser::expression_raw); }

ExprNode* Parser::expression_raw() {
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_expression();
    pos_ = start;
    if (error_) return nullptr;
    invalid_legacy_expression();
    pos_ = start;
    if (error_) return nullptr;
  }
  // a=disjunction 'if' b=disjunction 'else' c=expression
  if (ExprNode* a = disjunction()) {
    if (expect_keyword(Keyword::kIf)) {
      if (ExprNode* b = disjunction()) {
        if (expect_keyword(Keyword::kElse)) {
          if (ExprNode* c = expression()) {
            auto* e = node<ast::IfExp>(start);
            e->test = b;
            e->body = a;
            e->orelse = c;
            return e;
          }
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* a = disjunction()) return a;
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* a = lambdef()) return a;
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::expression_without_invalid() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  bool saved = call_invalid_rules_;
  call_invalid_rules_ = false;
  int start = pos_;
  ExprNode* result = nullptr;
  if (ExprNode* a = disjunction()) {
    if (expect_keyword(Keyword::kIf)) {
      if (ExprNode* b = disjunction()) {
        if (expect_keyword(Keyword::kElse)) {
          if (ExprNode* c = expression()) {
            auto* e = node<ast::IfExp>(start);
            e->test = b;
            e->body = a;
            e->orelse = c;
            result = e;
          }
        }
      }
    }
  }
  if (result == nullptr && !error_) {
    pos_ = start;
    result = disjunction();
  }
  if (result == nullptr && !error_) {
    pos_ = start;
    result = lambdef();
  }
  if (result == nullptr) pos_ = start;
  call_invalid_rules_ = saved;
  return result;
}

ExprNode* Parser::yield_expr() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect_keyword(Keyword::kYield) && expect_keyword(Keyword::kFrom)) {
    if (ExprNode* a = expression()) {
      auto* e = node<ast::YieldFrom>(start);
      e->value = a;
      return e;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (expect_keyword(Keyword::kYield)) {
    int before = pos_;
    ExprNode* a = star_expressions();
    if (error_) return nullptr;
    if (a == nullptr) pos_ = before;
    auto* e = node<ast::Yield>(start);
    e->value = a;
    return e;
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::star_expressions() { return expressions_of(&Parser::star_expression); }

ExprNode* Parser::star_expression() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kStarExpression, result)) return result;
  int start = pos_;
  result = nullptr;
  if (expect(TokenKind::STAR)) {
    if (ExprNode* a = bitwise_or()) {
      auto* e = node<ast::Starred>(start);
      e->value = a;
      e->ctx = ExprContext::Load;
      result = e;
    }
  }
  if (result == nullptr && !error_) {
    pos_ = start;
    result = expression();
  }
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kStarExpression, start, result);
  return result;
}

Seq<ExprNode*>* Parser::star_named_expressions() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  int start = pos_;
  if (!gather_items(&Parser::star_named_expression)) return nullptr;
  if (error_) {
    pos_ = start;
    return nullptr;
  }
  expect(TokenKind::COMMA);
  return seq_ptr(take<ExprNode*>(scratch.base()));
}

ExprNode* Parser::star_named_expression() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::STAR)) {
    if (ExprNode* a = bitwise_or()) {
      auto* e = node<ast::Starred>(start);
      e->value = a;
      e->ctx = ExprContext::Load;
      return e;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* a = named_expression()) return a;
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::assignment_expression() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = name_token()) {
    if (expect(TokenKind::COLONEQUAL)) {
      // The cut: past ':=', a failure ends the rule.
      ExprNode* b = expression();
      if (b == nullptr) {
        pos_ = start;
        return nullptr;
      }
      auto* e = node<ast::NamedExpr>(start);
      e->target = set_expr_context(a, ExprContext::Store);
      e->value = b;
      return e;
    }
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::named_expression() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = assignment_expression()) return a;
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_named_expression();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (ExprNode* a = expression()) {
    if (!at(TokenKind::COLONEQUAL) && !error_) return a;
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::disjunction() {
  return bool_op_rule(MemoRule::kDisjunction, Keyword::kOr, &Parser::conjunction, ast::BoolOperator::Or);
}

ExprNode* Parser::conjunction() {
  return bool_op_rule(MemoRule::kConjunction, Keyword::kAnd, &Parser::inversion, ast::BoolOperator::And);
}

ExprNode* Parser::bool_op_rule(MemoRule rule, Keyword keyword, ExprNode* (Parser::*operand)(),
                               ast::BoolOperator op) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(rule, result)) return result;
  int start = pos_;
  result = (this->*operand)();
  if (result != nullptr && at_keyword(keyword)) {
    ScratchMark scratch(*this);
    push(result);
    NestingGuard loop_guard(*this);  // pegen's _loop1 helper, and the group it repeats
    for (;;) {
      int before = pos_;
      NestingGuard group_guard(*this);
      if (!expect_keyword(keyword)) break;
      ExprNode* c = (this->*operand)();
      if (c == nullptr) {
        pos_ = before;
        break;
      }
      push(c);
    }
    if (scratch_.size() - scratch.base() > 1) {
      auto* e = node<ast::BoolOp>(start);
      e->op = op;
      e->values = take<ExprNode*>(scratch.base());
      result = e;
    }
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(rule, start, result);
  return result;
}

namespace {

bool not_operator(const Tok& t, ast::UnaryOperator& op) {
  op = ast::UnaryOperator::Not;
  return t.kind == TokenKind::NAME && t.keyword == Keyword::kNot;
}

bool sign_operator(const Tok& t, ast::UnaryOperator& op) {
  switch (t.kind) {
    case TokenKind::PLUS: op = ast::UnaryOperator::UAdd; return true;
    case TokenKind::MINUS: op = ast::UnaryOperator::USub; return true;
    case TokenKind::TILDE: op = ast::UnaryOperator::Invert; return true;
    default: return false;
  }
}

}  // namespace

ExprNode* Parser::inversion() { return unary_rule(MemoRule::kInversion, not_operator, &Parser::comparison); }

// The grammar's `rule: op rule | otherwise` (memoised) with the recursion unrolled: a chain
// of thousands of prefix operators would otherwise nest as many native calls, more than a
// browser's stack holds before CPython's limit (MemoryError) is reached. Each operator is
// still a nested call of the rule as pegen counts and memoises it: the walk down takes the
// levels and looks in the memo, the walk back up builds the nodes and stores them.
ExprNode* Parser::unary_rule(MemoRule rule, bool (*prefix)(const Tok&, ast::UnaryOperator&),
                             ExprNode* (Parser::*otherwise)()) {
  struct Pending {
    int start;
    ast::UnaryOperator op;
  };
  std::vector<Pending> pending;  // the calls waiting for their operand, outermost first
  ExprNode* result = nullptr;
  for (;;) {
    // A call of the rule at pos_.
    if (level_++ == kMaxRuleDepth) raise_memory_error();
    if (error_) break;
    if (memo_lookup(rule, result)) break;
    int start = pos_;
    ast::UnaryOperator op;
    if (prefix(current(), op) && !error_) {
      ++pos_;
      pending.push_back({start, op});
      continue;
    }
    if (!error_) result = (this->*otherwise)();
    if (error_) result = nullptr;
    if (result == nullptr) pos_ = start;
    memo_store(rule, start, result);
    break;
  }
  // Each return: the innermost call ends, its caller resumes after `op rule`.
  for (;; pending.pop_back()) {
    --level_;
    if (pending.empty()) return result;
    auto [start, op] = pending.back();
    if (result != nullptr) {
      auto* e = node<ast::UnaryOp>(start);
      e->op = op;
      e->operand = result;
      result = e;
    } else if (!error_) {
      pos_ = start;
      result = (this->*otherwise)();
    }
    if (error_) result = nullptr;
    if (result == nullptr) pos_ = start;
    memo_store(rule, start, result);
  }
}

ExprNode* Parser::comparison() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* a = bitwise_or();
  if (a == nullptr) return nullptr;
  ScratchMark scratch(*this);
  NestingGuard loop_guard(*this);  // pegen's _loop1 helper for compare_op_bitwise_or_pair+
  for (;;) {
    int before = pos_;
    CmpopExprPair* pair = compare_op_bitwise_or_pair();
    if (pair == nullptr) {
      pos_ = before;
      break;
    }
    push(pair);
  }
  if (error_) return nullptr;
  if (scratch_.size() == scratch.base()) return a;
  auto* e = node<ast::Compare>(start);
  e->left = a;
  uint32_t n = static_cast<uint32_t>(scratch_.size() - scratch.base());
  e->ops.count = e->comparators.count = n;
  e->ops.items = arena_->make_array<ast::CmpOperator>(n);
  e->comparators.items = arena_->make_array<ExprNode*>(n);
  for (uint32_t i = 0; i < n; ++i) {
    auto* pair = static_cast<CmpopExprPair*>(scratch_[scratch.base() + i]);
    e->ops.items[i] = pair->op;
    e->comparators.items[i] = pair->expr;
  }
  return e;
}

CmpopExprPair* Parser::compare_op_bitwise_or_pair() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  using ast::CmpOperator;
  const Tok& t = current();
  if (error_) return nullptr;
  CmpOperator op;
  bool matched = true;
  switch (t.kind) {
    case TokenKind::EQEQUAL: op = CmpOperator::Eq; break;
    case TokenKind::NOTEQUAL:
      // "<>" is NOTEQUAL to the tokenizer but only valid under barry_as_FLUFL.
      op = CmpOperator::NotEq;
      matched = token_text(t) == "!=";
      break;
    case TokenKind::LESSEQUAL: op = CmpOperator::LtE; break;
    case TokenKind::LESS: op = CmpOperator::Lt; break;
    case TokenKind::GREATEREQUAL: op = CmpOperator::GtE; break;
    case TokenKind::GREATER: op = CmpOperator::Gt; break;
    case TokenKind::NAME:
      if (t.keyword == Keyword::kNot) {
        ++pos_;
        if (!expect_keyword(Keyword::kIn)) {
          pos_ = start;
          return nullptr;
        }
        op = CmpOperator::NotIn;
        --pos_;
      } else if (t.keyword == Keyword::kIn) {
        op = CmpOperator::In;
      } else if (t.keyword == Keyword::kIs) {
        ++pos_;
        if (expect_keyword(Keyword::kNot)) {
          op = CmpOperator::IsNot;
        } else {
          op = CmpOperator::Is;
        }
        --pos_;
      } else {
        matched = false;
      }
      break;
    default: matched = false; break;
  }
  if (!matched || error_) {
    pos_ = start;
    return nullptr;
  }
  ++pos_;
  NestingGuard op_guard(*this);  // the operator's rule (eq_bitwise_or, in_bitwise_or, ...)
  ExprNode* a = bitwise_or();
  if (a == nullptr && op == CmpOperator::IsNot && !error_) {
    // 'is' 'not' failed: the plain 'is' alternative comes later in the grammar.
    pos_ = start + 1;
    op = CmpOperator::Is;
    a = bitwise_or();
  }
  if (a == nullptr) {
    pos_ = start;
    return nullptr;
  }
  auto* pair = arena_->make<CmpopExprPair>();
  pair->op = op;
  pair->expr = a;
  return pair;
}

// The left-recursive operator rules `r: r OP operand | operand`, grown as loops. pegen
// memoises them and calls each twice per level (the rule and its raw body).
template <class Operand>
ExprNode* Parser::binary_loop(MemoRule rule, Operand operand, int (*op_of)(TokenKind)) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(rule, result)) return result;
  NestingGuard raw_guard(*this);
  int start = pos_;
  result = (this->*operand)();
  while (result != nullptr && !error_) {
    int before = pos_;
    int op = op_of(current().kind);
    if (op < 0 || error_) break;
    ++pos_;
    ExprNode* right = (this->*operand)();
    if (right == nullptr) {
      pos_ = before;
      break;
    }
    auto* e = node<ast::BinOp>(start);
    e->left = result;
    e->op = static_cast<ast::Operator>(op);
    e->right = right;
    result = e;
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(rule, start, result);
  return result;
}

namespace {

int bitwise_or_op(TokenKind k) { return k == TokenKind::VBAR ? static_cast<int>(ast::Operator::BitOr) : -1; }
int bitwise_xor_op(TokenKind k) { return k == TokenKind::CIRCUMFLEX ? static_cast<int>(ast::Operator::BitXor) : -1; }
int bitwise_and_op(TokenKind k) { return k == TokenKind::AMPER ? static_cast<int>(ast::Operator::BitAnd) : -1; }
int shift_op(TokenKind k) {
  if (k == TokenKind::LEFTSHIFT) return static_cast<int>(ast::Operator::LShift);
  if (k == TokenKind::RIGHTSHIFT) return static_cast<int>(ast::Operator::RShift);
  return -1;
}
int sum_op(TokenKind k) {
  if (k == TokenKind::PLUS) return static_cast<int>(ast::Operator::Add);
  if (k == TokenKind::MINUS) return static_cast<int>(ast::Operator::Sub);
  return -1;
}
int term_op(TokenKind k) {
  switch (k) {
    case TokenKind::STAR: return static_cast<int>(ast::Operator::Mult);
    case TokenKind::SLASH: return static_cast<int>(ast::Operator::Div);
    case TokenKind::DOUBLESLASH: return static_cast<int>(ast::Operator::FloorDiv);
    case TokenKind::PERCENT: return static_cast<int>(ast::Operator::Mod);
    case TokenKind::AT: return static_cast<int>(ast::Operator::MatMult);
    default: return -1;
  }
}

}  // namespace

ExprNode* Parser::bitwise_or() { return binary_loop(MemoRule::kBitwiseOr, &Parser::bitwise_xor, bitwise_or_op); }
ExprNode* Parser::bitwise_xor() { return binary_loop(MemoRule::kBitwiseXor, &Parser::bitwise_and, bitwise_xor_op); }
ExprNode* Parser::bitwise_and() { return binary_loop(MemoRule::kBitwiseAnd, &Parser::shift_expr, bitwise_and_op); }
ExprNode* Parser::shift_expr() { return binary_loop(MemoRule::kShiftExpr, &Parser::sum, shift_op); }
ExprNode* Parser::sum() { return binary_loop(MemoRule::kSum, &Parser::term, sum_op); }
ExprNode* Parser::term() { return binary_loop(MemoRule::kTerm, &Parser::factor, term_op); }

ExprNode* Parser::factor() { return unary_rule(MemoRule::kFactor, sign_operator, &Parser::power); }

ExprNode* Parser::power() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* a = await_primary();
  if (a == nullptr) return nullptr;
  int before = pos_;
  if (expect(TokenKind::DOUBLESTAR)) {
    if (ExprNode* b = factor()) {
      auto* e = node<ast::BinOp>(start);
      e->left = a;
      e->op = ast::Operator::Pow;
      e->right = b;
      return e;
    }
  }
  if (error_) return nullptr;
  pos_ = before;
  return a;
}

ExprNode* Parser::await_primary() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kAwaitPrimary, result)) return result;
  int start = pos_;
  result = nullptr;
  if (expect_keyword(Keyword::kAwait)) {
    if (ExprNode* a = primary()) {
      auto* e = node<ast::Await>(start);
      e->value = a;
      result = e;
    }
  }
  if (result == nullptr && !error_) {
    pos_ = start;
    result = primary();
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kAwaitPrimary, start, result);
  return result;
}

ExprNode* Parser::lambdef() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(Keyword::kLambda)) return nullptr;
  int before = pos_;
  Arguments* a = params(true);
  if (error_) return nullptr;
  if (a == nullptr) pos_ = before;
  if (expect(TokenKind::COLON)) {
    if (ExprNode* b = expression()) {
      auto* e = node<ast::Lambda>(start);
      e->args = a != nullptr ? a : empty_arguments();
      e->body = b;
      return e;
    }
  }
  pos_ = start;
  return nullptr;
}

}  // namespace glasspy::parse
