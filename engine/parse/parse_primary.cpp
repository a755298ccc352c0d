// Primaries and atoms (parsing stage): attribute access, calls and subscripts (the
// left-recursive `primary` as a loop), slices, atoms, displays and comprehensions, and
// call arguments, as in CPython 3.11's grammar.
#include "parse/parser_impl.h"

namespace glasspy::parse {

using ast::ExprContext;

ExprNode* Parser::primary() { return primary_rule(false); }

ExprNode* Parser::t_primary() { return primary_rule(true); }

// primary, and t_primary when `target`: there the atom and every suffix must be followed
// by &t_lookahead. The alternatives start with distinct tokens ('.', '(' and '['), so one
// order serves both rules.
ExprNode* Parser::primary_rule(bool target) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  MemoRule rule = target ? MemoRule::kTPrimary : MemoRule::kPrimary;
  ExprNode* result;
  if (memo_lookup(rule, result)) return result;
  NestingGuard raw_guard(*this);
  int start = pos_;
  auto followed = [&] { return !target || t_lookahead(); };
  result = atom();
  if (target && result != nullptr && (!t_lookahead() || error_)) result = nullptr;
  while (result != nullptr && !error_) {
    int before = pos_;
    // primary '.' NAME
    if (expect(TokenKind::DOT)) {
      if (const Tok* b = name_tok()) {
        if (followed()) {
          auto* e = node<ast::Attribute>(start);
          e->value = result;
          e->attr = identifier(*b);
          e->ctx = ExprContext::Load;
          result = e;
          continue;
        }
      }
    }
    pos_ = before;
    if (error_) break;
    // primary genexp
    if (ExprNode* g = genexp()) {
      if (followed()) {
        auto* e = node<ast::Call>(start);
        e->func = result;
        e->args = singleton(g);
        result = e;
        continue;
      }
    }
    pos_ = before;
    if (error_) break;
    // primary '(' [arguments] ')'
    if (expect(TokenKind::LPAR)) {
      int inner = pos_;
      ExprNode* b = arguments();
      if (error_) break;
      if (b == nullptr) pos_ = inner;
      if (expect(TokenKind::RPAR) && followed()) {
        auto* e = node<ast::Call>(start);
        e->func = result;
        if (b != nullptr) {
          e->args = static_cast<ast::Call*>(b)->args;
          e->keywords = static_cast<ast::Call*>(b)->keywords;
        }
        result = e;
        continue;
      }
    }
    pos_ = before;
    if (error_) break;
    // primary '[' slices ']'
    if (expect(TokenKind::LSQB)) {
      if (ExprNode* b = slices()) {
        if (expect(TokenKind::RSQB) && followed()) {
          auto* e = node<ast::Subscript>(start);
          e->value = result;
          e->slice = b;
          e->ctx = ExprContext::Load;
          result = e;
          continue;
        }
      }
    }
    pos_ = before;
    break;
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(rule, start, result);
  return result;
}

ExprNode* Parser::slices() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = slice()) {
    if (!at(TokenKind::COMMA) && !error_) return a;
  }
  pos_ = start;
  if (error_) return nullptr;
  // ','.(slice | starred_expression)+ [',']
  ScratchMark scratch(*this);
  if (!gather_items(&Parser::slice_item) || error_) {
    pos_ = start;
    return nullptr;
  }
  expect(TokenKind::COMMA);
  auto* t = node<ast::Tuple>(start);
  t->elts = take<ExprNode*>(scratch.base());
  t->ctx = ExprContext::Load;
  return t;
}

// (slice | starred_expression): a group, so a helper rule in pegen.
ExprNode* Parser::slice_item() {
  NestingGuard group_guard(*this);
  return first_of({&Parser::slice, &Parser::starred_expression});
}

ExprNode* Parser::slice() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a=[expression] ':' b=[expression] c=[':' d=[expression]]
  ExprNode* a = expression();
  if (error_) return nullptr;
  if (a == nullptr) pos_ = start;
  if (expect(TokenKind::COLON)) {
    int before = pos_;
    ExprNode* b = expression();
    if (error_) return nullptr;
    if (b == nullptr) pos_ = before;
    before = pos_;
    ExprNode* c = nullptr;
    NestingGuard group_guard(*this);  // [':' [expression]] is a helper rule in pegen
    if (expect(TokenKind::COLON)) {
      int inner = pos_;
      c = expression();
      if (error_) return nullptr;
      if (c == nullptr) pos_ = inner;
    }
    auto* e = node<ast::Slice>(start);
    e->lower = a;
    e->upper = b;
    e->step = c;
    return e;
  }
  pos_ = start;
  if (ExprNode* e = named_expression()) return e;
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::atom() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  const Tok& t = current();
  if (error_) return nullptr;
  switch (t.kind) {
    case TokenKind::NAME: {
      if (t.keyword == Keyword::kNotKeyword) return name_token();
      ast::ConstantValue::Kind kind;
      if (t.keyword == Keyword::kTrue) {
        kind = ast::ConstantValue::Kind::kTrue;
      } else if (t.keyword == Keyword::kFalse) {
        kind = ast::ConstantValue::Kind::kFalse;
      } else if (t.keyword == Keyword::kNone) {
        kind = ast::ConstantValue::Kind::kNone;
      } else {
        return nullptr;
      }
      ++pos_;
      auto* c = node<ast::Constant>(start);
      c->value.kind = kind;
      return c;
    }
    case TokenKind::STRING: return strings();
    case TokenKind::NUMBER: return number_token();
    case TokenKind::LPAR: {
      NestingGuard group_guard(*this);  // the (tuple | group | genexp) helper rule
      if (ExprNode* e = tuple()) return e;
      pos_ = start;
      if (error_) return nullptr;
      if (ExprNode* e = group()) return e;
      pos_ = start;
      if (error_) return nullptr;
      if (ExprNode* e = genexp()) return e;
      pos_ = start;
      return nullptr;
    }
    case TokenKind::LSQB: {
      NestingGuard group_guard(*this);  // the (list | listcomp) helper rule
      if (ExprNode* e = list()) return e;
      pos_ = start;
      if (error_) return nullptr;
      if (ExprNode* e = listcomp()) return e;
      pos_ = start;
      return nullptr;
    }
    case TokenKind::LBRACE: {
      NestingGuard group_guard(*this);  // the (dict | set | dictcomp | setcomp) helper rule
      if (ExprNode* e = dict()) return e;
      pos_ = start;
      if (error_) return nullptr;
      if (ExprNode* e = set()) return e;
      pos_ = start;
      if (error_) return nullptr;
      if (ExprNode* e = dictcomp()) return e;
      pos_ = start;
      if (error_) return nullptr;
      if (ExprNode* e = setcomp()) return e;
      pos_ = start;
      return nullptr;
    }
    case TokenKind::ELLIPSIS: {
      ++pos_;
      auto* c = node<ast::Constant>(start);
      c->value.kind = ast::ConstantValue::Kind::kEllipsis;
      return c;
    }
    default: return nullptr;
  }
}

ExprNode* Parser::group() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::LPAR)) {
    int inner = pos_;
    NestingGuard group_guard(*this);  // (yield_expr | named_expression)
    ExprNode* a = yield_expr();
    if (a == nullptr && !error_) {
      pos_ = inner;
      a = named_expression();
    }
    if (a != nullptr && expect(TokenKind::RPAR)) return a;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_group();
    pos_ = start;
  }
  return nullptr;
}

ExprNode* Parser::list() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect(TokenKind::LSQB)) return nullptr;
  int before = pos_;
  Seq<ExprNode*>* a = star_named_expressions();
  if (error_) return nullptr;
  if (a == nullptr) pos_ = before;
  if (!expect(TokenKind::RSQB)) {
    pos_ = start;
    return nullptr;
  }
  auto* e = node<ast::List>(start);
  if (a != nullptr) e->elts = *a;
  e->ctx = ExprContext::Load;
  return e;
}

// listcomp, setcomp and genexp: open element for_if_clauses close, as a `Comp` node.
template <class Comp>
ExprNode* Parser::comprehension(TokenKind open, TokenKind close, ExprNode* (Parser::*element)()) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(open)) {
    if (ExprNode* a = (this->*element)()) {
      if (Seq<Comprehension*>* b = for_if_clauses()) {
        if (expect(close)) {
          auto* e = node<Comp>(start);
          e->elt = a;
          e->generators = *b;
          return e;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_comprehension();
    pos_ = start;
  }
  return nullptr;
}

ExprNode* Parser::listcomp() {
  return comprehension<ast::ListComp>(TokenKind::LSQB, TokenKind::RSQB, &Parser::named_expression);
}

ExprNode* Parser::tuple() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect(TokenKind::LPAR)) return nullptr;
  // [y=star_named_expression ',' z=[star_named_expressions]]
  int before = pos_;
  Seq<ExprNode*> elts;
  bool have = false;
  NestingGuard group_guard(*this);  // the optional group is a helper rule in pegen
  if (ExprNode* y = star_named_expression()) {
    if (expect(TokenKind::COMMA)) {
      int inner = pos_;
      Seq<ExprNode*>* z = star_named_expressions();
      if (error_) return nullptr;
      if (z == nullptr) pos_ = inner;
      elts = insert_in_front(y, z);
      have = true;
    }
  }
  if (error_) return nullptr;
  if (!have) pos_ = before;
  if (!expect(TokenKind::RPAR)) {
    pos_ = start;
    return nullptr;
  }
  auto* e = node<ast::Tuple>(start);
  e->elts = elts;
  e->ctx = ExprContext::Load;
  return e;
}

ExprNode* Parser::set() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::LBRACE)) {
    if (Seq<ExprNode*>* a = star_named_expressions()) {
      if (expect(TokenKind::RBRACE)) {
        auto* e = node<ast::Set>(start);
        e->elts = *a;
        return e;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::setcomp() {
  return comprehension<ast::SetComp>(TokenKind::LBRACE, TokenKind::RBRACE, &Parser::named_expression);
}

ExprNode* Parser::genexp() {
  return comprehension<ast::GeneratorExp>(TokenKind::LPAR, TokenKind::RPAR, &Parser::assignment_or_expression);
}

// (assignment_expression | expression !':='): a group, so a helper rule in pegen (genexp's
// element, and part of a positional argument).
ExprNode* Parser::assignment_or_expression() {
  NestingGuard group_guard(*this);
  int start = pos_;
  ExprNode* a = assignment_expression();
  if (a == nullptr && !error_) {
    pos_ = start;
    a = expression();
    if (a != nullptr && at(TokenKind::COLONEQUAL)) a = nullptr;
  }
  return error_ ? nullptr : a;
}

ExprNode* Parser::dict() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::LBRACE)) {
    int before = pos_;
    Seq<KeyValuePair*>* a = double_starred_kvpairs();
    if (error_) return nullptr;
    if (a == nullptr) pos_ = before;
    if (expect(TokenKind::RBRACE)) {
      auto* e = node<ast::Dict>(start);
      if (a != nullptr) {
        e->keys.count = e->values.count = a->count;
        e->keys.items = arena_->make_array<ExprNode*>(a->count);
        e->values.items = arena_->make_array<ExprNode*>(a->count);
        for (uint32_t i = 0; i < a->count; ++i) {
          e->keys.items[i] = (*a)[i]->key;
          e->values.items[i] = (*a)[i]->value;
        }
      }
      return e;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // '{' invalid_double_starred_kvpairs '}': pegen guards only alternatives made of a lone
  // invalid_* rule, so this one runs in the first pass too (and raises there).
  if (expect(TokenKind::LBRACE)) {
    invalid_double_starred_kvpairs();
    if (error_) return nullptr;
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::dictcomp() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::LBRACE)) {
    if (KeyValuePair* a = kvpair()) {
      if (Seq<Comprehension*>* b = for_if_clauses()) {
        if (expect(TokenKind::RBRACE)) {
          auto* e = node<ast::DictComp>(start);
          e->key = a->key;
          e->value = a->value;
          e->generators = *b;
          return e;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_dict_comprehension();
    pos_ = start;
  }
  return nullptr;
}

Seq<KeyValuePair*>* Parser::double_starred_kvpairs() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  int start = pos_;
  if (!gather_items(&Parser::double_starred_kvpair)) return nullptr;
  if (error_) {
    pos_ = start;
    return nullptr;
  }
  expect(TokenKind::COMMA);
  return seq_ptr(take<KeyValuePair*>(scratch.base()));
}

KeyValuePair* Parser::double_starred_kvpair() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::DOUBLESTAR)) {
    if (ExprNode* a = bitwise_or()) {
      auto* pair = arena_->make<KeyValuePair>();
      pair->value = a;
      return pair;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (KeyValuePair* pair = kvpair()) return pair;
  pos_ = start;
  return nullptr;
}

KeyValuePair* Parser::kvpair() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = expression()) {
    if (expect(TokenKind::COLON)) {
      if (ExprNode* b = expression()) {
        auto* pair = arena_->make<KeyValuePair>();
        pair->key = a;
        pair->value = b;
        return pair;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

Seq<Comprehension*>* Parser::for_if_clauses() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  NestingGuard loop_guard(*this);  // pegen's _loop1 helper for for_if_clause+
  ScratchMark scratch(*this);
  for (;;) {
    int before = pos_;
    Comprehension* c = for_if_clause();
    if (c == nullptr) {
      pos_ = before;
      break;
    }
    push(c);
  }
  if (error_ || scratch_.size() == scratch.base()) return nullptr;
  return seq_ptr(take<Comprehension*>(scratch.base()));
}

Comprehension* Parser::for_if_clause() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int is_async = 1; is_async >= 0; --is_async) {
    pos_ = start;
    if (is_async && !expect_keyword(Keyword::kAsync)) continue;
    if (!expect_keyword(Keyword::kFor)) continue;
    ExprNode* a = star_targets();
    if (a == nullptr || !expect_keyword(Keyword::kIn)) continue;
    // The cut: past 'in', a failure ends the rule.
    ExprNode* b = disjunction();
    if (b == nullptr) {
      pos_ = start;
      return nullptr;
    }
    ScratchMark scratch(*this);
    NestingGuard loop_guard(*this);  // pegen's _loop0 helper for ('if' disjunction)*
    for (;;) {
      int before = pos_;
      NestingGuard group_guard(*this);  // and the group it repeats
      if (!expect_keyword(Keyword::kIf)) break;
      ExprNode* z = disjunction();
      if (z == nullptr) {
        pos_ = before;
        break;
      }
      push(z);
    }
    if (error_) return nullptr;
    auto* c = node_at<Comprehension>(Position{});
    c->target = a;
    c->iter = b;
    c->ifs = take<ExprNode*>(scratch.base());
    c->is_async = is_async;
    return c;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_for_target();
    pos_ = start;
  }
  return nullptr;
}

ExprNode* Parser::arguments() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kArguments, result)) return result;
  int start = pos_;
  result = args();
  if (result != nullptr) {
    expect(TokenKind::COMMA);
    if (!at(TokenKind::RPAR)) result = nullptr;
  }
  if (error_) result = nullptr;
  if (result == nullptr && call_invalid_rules_ && !error_) {
    pos_ = start;
    invalid_arguments();
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kArguments, start, result);
  return result;
}

ExprNode* Parser::collect_call_seqs(Seq<ExprNode*> a, Seq<KeywordOrStarred*>* b, int start) {
  auto* call = node<ast::Call>(start);
  if (b == nullptr) {
    call->args = a;
    return call;
  }
  ScratchMark scratch(*this);
  for (ExprNode* e : a) push(e);
  for (KeywordOrStarred* k : *b)
    if (!k->is_keyword) push(k->element);
  call->args = take<ExprNode*>(scratch.base());
  for (KeywordOrStarred* k : *b)
    if (k->is_keyword) push(k->element);
  call->keywords = take<ast::Keyword*>(scratch.base());
  return call;
}

ExprNode* Parser::args() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
  {
    ScratchMark scratch(*this);
    gather_items(&Parser::positional_argument);
    if (error_) return nullptr;
    if (scratch_.size() > scratch.base()) {
      Seq<ExprNode*> a = take<ExprNode*>(scratch.base());
      int before = pos_;
      Seq<KeywordOrStarred*>* b = nullptr;
      NestingGuard group_guard(*this);  // [',' kwargs] is a helper rule in pegen
      if (expect(TokenKind::COMMA)) {
        b = kwargs();
        if (b == nullptr) pos_ = before;
      }
      if (error_) return nullptr;
      return collect_call_seqs(a, b, start);
    }
  }
  pos_ = start;
  if (Seq<KeywordOrStarred*>* a = kwargs()) return collect_call_seqs(Seq<ExprNode*>{}, a, start);
  pos_ = start;
  return nullptr;
}

Seq<KeywordOrStarred*>* Parser::kwargs() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ScratchMark scratch(*this);
  auto gather = [&](bool double_starred) {
    return gather_items(double_starred ? &Parser::kwarg_or_double_starred : &Parser::kwarg_or_starred);
  };
  // a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+
  if (gather(false) && !error_ && expect(TokenKind::COMMA)) {
    if (gather(true) && !error_) return seq_ptr(take<KeywordOrStarred*>(scratch.base()));
  }
  if (error_) return nullptr;
  pos_ = start;
  scratch_.resize(scratch.base());
  if (gather(false) && !error_) return seq_ptr(take<KeywordOrStarred*>(scratch.base()));
  if (error_) return nullptr;
  pos_ = start;
  scratch_.resize(scratch.base());
  if (gather(true) && !error_) return seq_ptr(take<KeywordOrStarred*>(scratch.base()));
  pos_ = start;
  return nullptr;
}

// (starred_expression | (assignment_expression | expression !':=') !'='): a positional
// argument (args, invalid_arguments), a group and so a helper rule in pegen; null with the
// position unspecified if none.
ExprNode* Parser::positional_argument() {
  NestingGuard group_guard(*this);
  int start = pos_;
  ExprNode* item = starred_expression();
  if (item == nullptr && !error_) {
    pos_ = start;
    item = assignment_or_expression();
    if (item != nullptr && at(TokenKind::EQUAL)) item = nullptr;
  }
  return error_ ? nullptr : item;
}

ExprNode* Parser::starred_expression() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::STAR)) {
    if (ExprNode* a = expression()) {
      auto* e = node<ast::Starred>(start);
      e->value = a;
      e->ctx = ExprContext::Load;
      return e;
    }
  }
  pos_ = start;
  return nullptr;
}

KeywordOrStarred* Parser::kwarg_or_starred() { return keyword_argument(false); }

KeywordOrStarred* Parser::kwarg_or_double_starred() { return keyword_argument(true); }

// kwarg_or_starred and kwarg_or_double_starred: NAME '=' expression, else
// starred_expression (or '**' expression, a keyword without a name).
KeywordOrStarred* Parser::keyword_argument(bool double_starred) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_kwarg();
    pos_ = start;
    if (error_) return nullptr;
  }
  auto result = [&](ast::Node* element, bool is_keyword) {
    auto* r = arena_->make<KeywordOrStarred>();
    r->element = element;
    r->is_keyword = is_keyword;
    return r;
  };
  if (const Tok* a = name_tok()) {
    if (expect(TokenKind::EQUAL)) {
      if (ExprNode* b = expression()) {
        auto* k = node<ast::Keyword>(start);
        k->arg = identifier(*a);
        k->value = b;
        return result(k, true);
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (!double_starred) {
    if (ExprNode* a = starred_expression()) return result(a, false);
  } else if (expect(TokenKind::DOUBLESTAR)) {
    if (ExprNode* a = expression()) {
      auto* k = node<ast::Keyword>(start);
      k->value = a;
      return result(k, true);
    }
  }
  pos_ = start;
  return nullptr;
}

}  // namespace glasspy::parse
