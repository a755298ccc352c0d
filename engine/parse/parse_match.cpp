// The match statement (parsing stage): subjects, case blocks and every pattern kind of
// CPython 3.11's grammar (literal, capture, wildcard, value, group, sequence, mapping,
// class, star, or and as patterns).
#include "parse/parser_impl.h"

namespace glasspy::parse {

using ast::ExprContext;

StmtNode* Parser::match_stmt() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect_soft_keyword(Keyword::kMatch)) {
    if (ExprNode* subject = subject_expr()) {
      if (expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && expect(TokenKind::INDENT)) {
        ScratchMark scratch(*this);
        NestingGuard loop_guard(*this);  // pegen's _loop1 helper for case_block+
        for (;;) {
          int before = pos_;
          MatchCase* c = case_block();
          if (c == nullptr) {
            pos_ = before;
            break;
          }
          push(c);
        }
        if (!error_ && scratch_.size() > scratch.base() && expect(TokenKind::DEDENT)) {
          auto* s = node<ast::Match>(start);
          s->subject = subject;
          s->cases = take<MatchCase*>(scratch.base());
          return s;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_match_stmt();
    pos_ = start;
  }
  return nullptr;
}

ExprNode* Parser::subject_expr() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* value = star_named_expression()) {
    if (expect(TokenKind::COMMA)) {
      int before = pos_;
      Seq<ExprNode*>* values = star_named_expressions();
      if (error_) return nullptr;
      if (values == nullptr) pos_ = before;
      auto* t = node<ast::Tuple>(start);
      t->elts = insert_in_front(value, values);
      t->ctx = ExprContext::Load;
      return t;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* e = named_expression()) return e;
  pos_ = start;
  return nullptr;
}

MatchCase* Parser::case_block() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_case_block();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (expect_soft_keyword(Keyword::kCase)) {
    if (PatternNode* p = patterns()) {
      int before = pos_;
      ExprNode* g = guard();
      if (error_) return nullptr;
      if (g == nullptr) pos_ = before;
      if (expect(TokenKind::COLON)) {
        if (Seq<StmtNode*>* body = block()) {
          auto* c = node_at<MatchCase>(Position{});
          c->pattern = p;
          c->guard = g;
          c->body = *body;
          return c;
        }
      }
    }
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::guard() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect_keyword(Keyword::kIf)) {
    if (ExprNode* g = named_expression()) return g;
  }
  pos_ = start;
  return nullptr;
}

PatternNode* Parser::patterns() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (Seq<PatternNode*>* list = open_sequence_pattern()) {
    auto* p = node<ast::MatchSequence>(start);
    p->patterns = *list;
    return p;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (PatternNode* p = pattern()) return p;
  pos_ = start;
  return nullptr;
}

PatternNode* Parser::pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  return first_of({&Parser::as_pattern, &Parser::or_pattern});
}

PatternNode* Parser::as_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (PatternNode* p = or_pattern()) {
    if (expect_keyword(Keyword::kAs)) {
      if (ExprNode* target = pattern_capture_target()) {
        auto* a = node<ast::MatchAs>(start);
        a->pattern = p;
        a->name = static_cast<ast::Name*>(target)->id;
        return a;
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_as_pattern();
    pos_ = start;
  }
  return nullptr;
}

PatternNode* Parser::or_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  ScratchMark scratch(*this);
  PatternNode* first = closed_pattern();
  if (first == nullptr) return nullptr;
  push(first);
  for (;;) {
    int before = pos_;
    if (!expect(TokenKind::VBAR)) break;
    PatternNode* next = closed_pattern();
    if (next == nullptr) {
      pos_ = before;
      break;
    }
    push(next);
  }
  if (error_) return nullptr;
  if (scratch_.size() - scratch.base() == 1) return first;
  auto* p = node<ast::MatchOr>(start);
  p->patterns = take<PatternNode*>(scratch.base());
  return p;
}

PatternNode* Parser::closed_pattern() { return memoized(MemoRule::kClosedPattern, &Parser::closed_pattern_raw); }

PatternNode* Parser::closed_pattern_raw() {
  return first_of({&Parser::literal_pattern, &Parser::capture_pattern, &Parser::wildcard_pattern,
                   &Parser::value_pattern, &Parser::group_pattern, &Parser::sequence_pattern,
                   &Parser::mapping_pattern, &Parser::class_pattern});
}

PatternNode* Parser::literal_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  bool singleton;
  ExprNode* v = literal_alternatives(singleton);
  if (v == nullptr) return nullptr;
  if (singleton) {
    auto* p = node<ast::MatchSingleton>(start);
    p->value = static_cast<ast::Constant*>(v)->value;
    return p;
  }
  auto* p = node<ast::MatchValue>(start);
  p->value = v;
  return p;
}

ExprNode* Parser::literal_expr() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  bool singleton;
  return literal_alternatives(singleton);
}

ExprNode* Parser::literal_alternatives(bool& singleton) {
  int start = pos_;
  singleton = false;
  if (ExprNode* v = signed_number()) {
    if (!at(TokenKind::PLUS) && !at(TokenKind::MINUS) && !error_) return v;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* v = complex_number()) return v;
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* v = strings()) return v;
  pos_ = start;
  if (error_) return nullptr;
  ast::ConstantValue::Kind kind;
  if (expect_keyword(Keyword::kNone)) {
    kind = ast::ConstantValue::Kind::kNone;
  } else if (expect_keyword(Keyword::kTrue)) {
    kind = ast::ConstantValue::Kind::kTrue;
  } else if (expect_keyword(Keyword::kFalse)) {
    kind = ast::ConstantValue::Kind::kFalse;
  } else {
    return nullptr;
  }
  singleton = true;
  auto* c = node<ast::Constant>(start);
  c->value.kind = kind;
  return c;
}

ExprNode* Parser::complex_number() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    ExprNode* real = signed_real_number();
    if (real == nullptr) return nullptr;
    if (!expect(alt == 0 ? TokenKind::PLUS : TokenKind::MINUS)) continue;
    ExprNode* imag = imaginary_number();
    if (imag == nullptr) continue;
    auto* e = node<ast::BinOp>(start);
    e->left = real;
    e->op = alt == 0 ? ast::Operator::Add : ast::Operator::Sub;
    e->right = imag;
    return e;
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::signed_number() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  return maybe_negated(&Parser::number_token);
}

ExprNode* Parser::signed_real_number() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  return maybe_negated(&Parser::real_number);
}

ExprNode* Parser::maybe_negated(ExprNode* (Parser::*number)()) {
  int start = pos_;
  if (ExprNode* n = (this->*number)()) return n;
  if (error_) return nullptr;
  if (expect(TokenKind::MINUS)) {
    if (ExprNode* n = (this->*number)()) {
      auto* e = node<ast::UnaryOp>(start);
      e->op = ast::UnaryOperator::USub;
      e->operand = n;
      return e;
    }
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::real_number() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  ExprNode* n = number_token();
  if (n == nullptr) return nullptr;
  if (static_cast<ast::Constant*>(n)->value.kind == ast::ConstantValue::Kind::kComplex) {
    raise_known_location(n, "real number required in complex literal");
    return nullptr;
  }
  return n;
}

ExprNode* Parser::imaginary_number() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  ExprNode* n = number_token();
  if (n == nullptr) return nullptr;
  if (static_cast<ast::Constant*>(n)->value.kind != ast::ConstantValue::Kind::kComplex) {
    raise_known_location(n, "imaginary number required in complex literal");
    return nullptr;
  }
  return n;
}

PatternNode* Parser::capture_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* target = pattern_capture_target();
  if (target == nullptr) return nullptr;
  auto* p = node<ast::MatchAs>(start);
  p->name = static_cast<ast::Name*>(target)->id;
  return p;
}

ExprNode* Parser::pattern_capture_target() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (current().soft == Keyword::kUnderscore && current().kind == TokenKind::NAME) return nullptr;
  ExprNode* name = name_token();
  if (name == nullptr) return nullptr;
  TokenKind k = current().kind;
  if (error_ || k == TokenKind::DOT || k == TokenKind::LPAR || k == TokenKind::EQUAL) {
    pos_ = start;
    return nullptr;
  }
  return set_expr_context(name, ExprContext::Store);
}

PatternNode* Parser::wildcard_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_soft_keyword(Keyword::kUnderscore)) return nullptr;
  return node<ast::MatchAs>(start);
}

PatternNode* Parser::value_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* a = attr();
  if (a == nullptr) return nullptr;
  TokenKind k = current().kind;
  if (error_ || k == TokenKind::DOT || k == TokenKind::LPAR || k == TokenKind::EQUAL) {
    pos_ = start;
    return nullptr;
  }
  auto* p = node<ast::MatchValue>(start);
  p->value = a;
  return p;
}

// attr: name_or_attr '.' NAME, where name_or_attr is attr or NAME (left-recursive: a loop
// over NAME ('.' NAME)+).
ExprNode* Parser::attr() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kAttr, result)) return result;
  NestingGuard raw_guard(*this);
  int start = pos_;
  ExprNode* value = name_token();
  result = nullptr;
  while (value != nullptr) {
    int before = pos_;
    if (!expect(TokenKind::DOT)) break;
    const Tok* t = name_tok();
    if (t == nullptr) {
      pos_ = before;
      break;
    }
    auto* e = node<ast::Attribute>(start);
    e->value = value;
    e->attr = identifier(*t);
    e->ctx = ExprContext::Load;
    value = result = e;
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kAttr, start, result);
  return result;
}

ExprNode* Parser::name_or_attr() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = attr()) return a;
  pos_ = start;
  if (error_) return nullptr;
  return name_token();
}

PatternNode* Parser::group_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::LPAR)) {
    if (PatternNode* p = pattern()) {
      if (expect(TokenKind::RPAR)) return p;
    }
  }
  pos_ = start;
  return nullptr;
}

PatternNode* Parser::sequence_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int paren = 0; paren < 2; ++paren) {
    pos_ = start;
    if (error_) return nullptr;
    if (!expect(paren ? TokenKind::LPAR : TokenKind::LSQB)) continue;
    int before = pos_;
    Seq<PatternNode*>* list = paren ? open_sequence_pattern() : maybe_sequence_pattern();
    if (error_) return nullptr;
    if (list == nullptr) pos_ = before;
    if (!expect(paren ? TokenKind::RPAR : TokenKind::RSQB)) continue;
    auto* p = node<ast::MatchSequence>(start);
    if (list != nullptr) p->patterns = *list;
    return p;
  }
  pos_ = start;
  return nullptr;
}

Seq<PatternNode*>* Parser::open_sequence_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (PatternNode* first = maybe_star_pattern()) {
    if (expect(TokenKind::COMMA)) {
      int before = pos_;
      Seq<PatternNode*>* rest = maybe_sequence_pattern();
      if (error_) return nullptr;
      if (rest == nullptr) pos_ = before;
      return seq_ptr(insert_in_front(first, rest));
    }
  }
  pos_ = start;
  return nullptr;
}

Seq<PatternNode*>* Parser::maybe_sequence_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  if (!gather_items(&Parser::maybe_star_pattern)) return nullptr;
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  return seq_ptr(take<PatternNode*>(scratch.base()));
}

PatternNode* Parser::maybe_star_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  return first_of({&Parser::star_pattern, &Parser::pattern});
}

PatternNode* Parser::star_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  PatternNode* result;
  if (memo_lookup(MemoRule::kStarPattern, result)) return result;
  int start = pos_;
  result = nullptr;
  if (expect(TokenKind::STAR)) {
    if (ExprNode* target = pattern_capture_target()) {
      auto* p = node<ast::MatchStar>(start);
      p->name = static_cast<ast::Name*>(target)->id;
      result = p;
    } else if (!error_ && wildcard_pattern() != nullptr) {
      result = node<ast::MatchStar>(start);
    }
  }
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kStarPattern, start, result);
  return result;
}

PatternNode* Parser::mapping_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  auto mapping = [&](Seq<KeyPatternPair*>* items, ExprNode* rest) {
    auto* p = node<ast::MatchMapping>(start);
    if (items != nullptr) {
      uint32_t n = items->count;
      p->keys.count = p->patterns.count = n;
      p->keys.items = arena_->make_array<ExprNode*>(n);
      p->patterns.items = arena_->make_array<PatternNode*>(n);
      for (uint32_t i = 0; i < n; ++i) {
        p->keys.items[i] = (*items)[i]->key;
        p->patterns.items[i] = (*items)[i]->pattern;
      }
    }
    if (rest != nullptr) p->rest = static_cast<ast::Name*>(rest)->id;
    return p;
  };
  // '{' '}'
  if (expect(TokenKind::LBRACE) && expect(TokenKind::RBRACE)) return mapping(nullptr, nullptr);
  pos_ = start;
  if (error_) return nullptr;
  // '{' rest=double_star_pattern ','? '}'
  if (expect(TokenKind::LBRACE)) {
    if (ExprNode* rest = double_star_pattern()) {
      expect(TokenKind::COMMA);
      if (expect(TokenKind::RBRACE)) return mapping(nullptr, rest);
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // '{' items=items_pattern ',' rest=double_star_pattern ','? '}'
  if (expect(TokenKind::LBRACE)) {
    if (Seq<KeyPatternPair*>* items = items_pattern()) {
      if (expect(TokenKind::COMMA)) {
        if (ExprNode* rest = double_star_pattern()) {
          expect(TokenKind::COMMA);
          if (expect(TokenKind::RBRACE)) return mapping(items, rest);
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // '{' items=items_pattern ','? '}'
  if (expect(TokenKind::LBRACE)) {
    if (Seq<KeyPatternPair*>* items = items_pattern()) {
      expect(TokenKind::COMMA);
      if (expect(TokenKind::RBRACE)) return mapping(items, nullptr);
    }
  }
  pos_ = start;
  return nullptr;
}

Seq<KeyPatternPair*>* Parser::items_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  if (!gather_items(&Parser::key_value_pattern)) return nullptr;
  if (error_) return nullptr;
  return seq_ptr(take<KeyPatternPair*>(scratch.base()));
}

KeyPatternPair* Parser::key_value_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* key = literal_expr();
  if (key == nullptr && !error_) {
    pos_ = start;
    key = attr();
  }
  if (key != nullptr && expect(TokenKind::COLON)) {
    if (PatternNode* p = pattern()) {
      auto* pair = arena_->make<KeyPatternPair>();
      pair->key = key;
      pair->pattern = p;
      return pair;
    }
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::double_star_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::DOUBLESTAR)) {
    if (ExprNode* target = pattern_capture_target()) return target;
  }
  pos_ = start;
  return nullptr;
}

PatternNode* Parser::class_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  auto make = [&](ExprNode* cls, Seq<PatternNode*>* positional, Seq<KeyPatternPair*>* keywords) {
    auto* p = node<ast::MatchClass>(start);
    p->cls = cls;
    if (positional != nullptr) p->patterns = *positional;
    if (keywords != nullptr) {
      uint32_t n = keywords->count;
      p->kwd_attrs.count = p->kwd_patterns.count = n;
      p->kwd_attrs.items = arena_->make_array<ast::Identifier>(n);
      p->kwd_patterns.items = arena_->make_array<PatternNode*>(n);
      for (uint32_t i = 0; i < n; ++i) {
        p->kwd_attrs.items[i] = static_cast<ast::Name*>((*keywords)[i]->key)->id;
        p->kwd_patterns.items[i] = (*keywords)[i]->pattern;
      }
    }
    return p;
  };
  for (int alt = 0; alt < 4; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    ExprNode* cls = name_or_attr();
    if (cls == nullptr || !expect(TokenKind::LPAR)) break;
    Seq<PatternNode*>* positional = nullptr;
    Seq<KeyPatternPair*>* keywords = nullptr;
    if (alt == 1 || alt == 3) {
      positional = positional_patterns();
      if (positional == nullptr) continue;
    }
    if (alt == 3 && !expect(TokenKind::COMMA)) continue;
    if (alt == 2 || alt == 3) {
      keywords = keyword_patterns();
      if (keywords == nullptr) continue;
    }
    if (alt != 0) expect(TokenKind::COMMA);
    if (!expect(TokenKind::RPAR)) continue;
    return make(cls, positional, keywords);
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_class_pattern();
    pos_ = start;
  }
  return nullptr;
}

Seq<PatternNode*>* Parser::positional_patterns() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  if (!gather_items(&Parser::pattern)) return nullptr;
  if (error_) return nullptr;
  return seq_ptr(take<PatternNode*>(scratch.base()));
}

Seq<KeyPatternPair*>* Parser::keyword_patterns() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  if (!gather_items(&Parser::keyword_pattern)) return nullptr;
  if (error_) return nullptr;
  return seq_ptr(take<KeyPatternPair*>(scratch.base()));
}

KeyPatternPair* Parser::keyword_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* arg = name_token()) {
    if (expect(TokenKind::EQUAL)) {
      if (PatternNode* value = pattern()) {
        auto* pair = arena_->make<KeyPatternPair>();
        pair->key = arg;
        pair->pattern = value;
        return pair;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

}  // namespace glasspy::parse
