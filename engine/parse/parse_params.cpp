// Parameters (parsing stage): the parameter lists of `def` and `lambda` in CPython 3.11's
// grammar (positional-only `/`, defaults, `*args`, keyword-only, `**kwargs`) and
// _PyPegen_make_arguments, which turns the pieces into an `arguments` node. The lambda
// rules are the def rules without annotations and with ':' where a def has ')'.
#include "parse/parser_impl.h"

namespace glasspy::parse {

Arguments* Parser::empty_arguments() { return node_at<Arguments>(Position{}); }

Arguments* Parser::make_arguments(Seq<Arg*>* slash_without_default, SlashWithDefault* slash_with_default,
                                  Seq<Arg*>* plain_names, Seq<NameDefaultPair*>* names_with_default,
                                  StarEtc* star_etc) {
  Arguments* a = empty_arguments();
  ScratchMark scratch(*this);
  // posonlyargs
  if (slash_without_default != nullptr) {
    a->posonlyargs = *slash_without_default;
  } else if (slash_with_default != nullptr) {
    for (Arg* arg : slash_with_default->plain_names) push(arg);
    for (NameDefaultPair* pair : slash_with_default->names_with_defaults) push(pair->arg);
    a->posonlyargs = take<Arg*>(scratch.base());
  }
  // args
  if (plain_names != nullptr) {
    for (Arg* arg : *plain_names) push(arg);
  }
  if (names_with_default != nullptr) {
    for (NameDefaultPair* pair : *names_with_default) push(pair->arg);
  }
  a->args = take<Arg*>(scratch.base());
  // defaults
  if (slash_with_default != nullptr) {
    for (NameDefaultPair* pair : slash_with_default->names_with_defaults) push(pair->value);
  }
  if (names_with_default != nullptr) {
    for (NameDefaultPair* pair : *names_with_default) push(pair->value);
  }
  a->defaults = take<ExprNode*>(scratch.base());
  if (star_etc != nullptr) {
    a->vararg = star_etc->vararg;
    for (NameDefaultPair* pair : star_etc->kwonlyargs) push(pair->arg);
    a->kwonlyargs = take<Arg*>(scratch.base());
    for (NameDefaultPair* pair : star_etc->kwonlyargs) push(pair->value);
    a->kw_defaults = take<ExprNode*>(scratch.base());
    a->kwarg = star_etc->kwarg;
  }
  return a;
}

// ---- repetitions shared by the def and lambda rules ----

Seq<Arg*>* Parser::param_no_default_loop(bool lambda, bool at_least_one) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  for (;;) {
    int before = pos_;
    Arg* a = lambda ? lambda_param_no_default() : param_no_default();
    if (a == nullptr) {
      pos_ = before;
      break;
    }
    push(a);
  }
  if (error_ || (at_least_one && scratch_.size() == scratch.base())) return nullptr;
  return seq_ptr(take<Arg*>(scratch.base()));
}

Seq<NameDefaultPair*>* Parser::param_with_default_loop(bool lambda, bool at_least_one) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  for (;;) {
    int before = pos_;
    NameDefaultPair* a = lambda ? lambda_param_with_default() : param_with_default();
    if (a == nullptr) {
      pos_ = before;
      break;
    }
    push(a);
  }
  if (error_ || (at_least_one && scratch_.size() == scratch.base())) return nullptr;
  return seq_ptr(take<NameDefaultPair*>(scratch.base()));
}

Seq<NameDefaultPair*>* Parser::param_maybe_default_loop(bool lambda, bool at_least_one) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  for (;;) {
    int before = pos_;
    NameDefaultPair* a = lambda ? lambda_param_maybe_default() : param_maybe_default();
    if (a == nullptr) {
      pos_ = before;
      break;
    }
    push(a);
  }
  if (error_ || (at_least_one && scratch_.size() == scratch.base())) return nullptr;
  return seq_ptr(take<NameDefaultPair*>(scratch.base()));
}

// ---- def parameters ----

Arguments* Parser::params() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_parameters();
    pos_ = start;
    if (error_) return nullptr;
  }
  Arguments* a = parameters();
  if (a == nullptr) pos_ = start;
  return a;
}

Arguments* Parser::parameters() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
  if (Seq<Arg*>* a = slash_no_default()) {
    Seq<Arg*>* b = param_no_default_loop(false, false);
    Seq<NameDefaultPair*>* c = b ? param_with_default_loop(false, false) : nullptr;
    if (c != nullptr) {
      int before = pos_;
      StarEtc* d = star_etc();
      if (error_) return nullptr;
      if (d == nullptr) pos_ = before;
      return make_arguments(a, nullptr, b, c, d);
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=slash_with_default b=param_with_default* c=[star_etc]
  if (SlashWithDefault* a = slash_with_default()) {
    if (Seq<NameDefaultPair*>* b = param_with_default_loop(false, false)) {
      int before = pos_;
      StarEtc* c = star_etc();
      if (error_) return nullptr;
      if (c == nullptr) pos_ = before;
      return make_arguments(nullptr, a, nullptr, b, c);
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=param_no_default+ b=param_with_default* c=[star_etc]
  if (Seq<Arg*>* a = param_no_default_loop(false, true)) {
    if (Seq<NameDefaultPair*>* b = param_with_default_loop(false, false)) {
      int before = pos_;
      StarEtc* c = star_etc();
      if (error_) return nullptr;
      if (c == nullptr) pos_ = before;
      return make_arguments(nullptr, nullptr, a, b, c);
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=param_with_default+ b=[star_etc]
  if (Seq<NameDefaultPair*>* a = param_with_default_loop(false, true)) {
    int before = pos_;
    StarEtc* b = star_etc();
    if (error_) return nullptr;
    if (b == nullptr) pos_ = before;
    return make_arguments(nullptr, nullptr, nullptr, a, b);
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=star_etc
  if (StarEtc* a = star_etc()) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
  pos_ = start;
  return nullptr;
}

Seq<Arg*>* Parser::slash_no_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Seq<Arg*>* a = param_no_default_loop(false, true);
    if (a == nullptr || !expect(TokenKind::SLASH)) continue;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(TokenKind::RPAR)) return a;
  }
  pos_ = start;
  return nullptr;
}

SlashWithDefault* Parser::slash_with_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Seq<Arg*>* a = param_no_default_loop(false, false);
    if (a == nullptr) continue;
    Seq<NameDefaultPair*>* b = param_with_default_loop(false, true);
    if (b == nullptr || !expect(TokenKind::SLASH)) continue;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(TokenKind::RPAR)) {
      auto* r = arena_->make<SlashWithDefault>();
      r->plain_names = *a;
      r->names_with_defaults = *b;
      return r;
    }
  }
  pos_ = start;
  return nullptr;
}

StarEtc* Parser::star_etc() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_star_etc();
    pos_ = start;
    if (error_) return nullptr;
  }
  // '*' a=param_no_default b=param_maybe_default* c=[kwds], and the same with
  // a=param_no_default_star_annotation
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    if (!expect(TokenKind::STAR)) break;
    Arg* a = alt == 0 ? param_no_default() : param_no_default_star_annotation();
    if (a == nullptr) continue;
    Seq<NameDefaultPair*>* b = param_maybe_default_loop(false, false);
    if (b == nullptr) continue;
    int before = pos_;
    Arg* c = kwds();
    if (error_) return nullptr;
    if (c == nullptr) pos_ = before;
    auto* r = arena_->make<StarEtc>();
    r->vararg = a;
    r->kwonlyargs = *b;
    r->kwarg = c;
    return r;
  }
  pos_ = start;
  if (error_) return nullptr;
  // '*' ',' b=param_maybe_default+ c=[kwds]
  if (expect(TokenKind::STAR) && expect(TokenKind::COMMA)) {
    if (Seq<NameDefaultPair*>* b = param_maybe_default_loop(false, true)) {
      int before = pos_;
      Arg* c = kwds();
      if (error_) return nullptr;
      if (c == nullptr) pos_ = before;
      auto* r = arena_->make<StarEtc>();
      r->kwonlyargs = *b;
      r->kwarg = c;
      return r;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Arg* a = kwds()) {
    auto* r = arena_->make<StarEtc>();
    r->kwarg = a;
    return r;
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::kwds() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_kwds();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (expect(TokenKind::DOUBLESTAR)) {
    if (Arg* a = param_no_default()) return a;
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::param_no_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (Arg* a = param()) {
    if (expect(TokenKind::COMMA)) return a;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Arg* a = param()) {
    if (at(TokenKind::RPAR)) return a;
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::param_no_default_star_annotation() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (Arg* a = param_star_annotation()) {
    if (expect(TokenKind::COMMA)) return a;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Arg* a = param_star_annotation()) {
    if (at(TokenKind::RPAR)) return a;
  }
  pos_ = start;
  return nullptr;
}

NameDefaultPair* Parser::param_with_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Arg* a = param();
    if (a == nullptr) continue;
    ExprNode* c = default_value();
    if (c == nullptr) continue;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(TokenKind::RPAR)) {
      auto* r = arena_->make<NameDefaultPair>();
      r->arg = a;
      r->value = c;
      return r;
    }
  }
  pos_ = start;
  return nullptr;
}

NameDefaultPair* Parser::param_maybe_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Arg* a = param();
    if (a == nullptr) continue;
    int before = pos_;
    ExprNode* c = default_value();
    if (error_) return nullptr;
    if (c == nullptr) pos_ = before;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(TokenKind::RPAR)) {
      auto* r = arena_->make<NameDefaultPair>();
      r->arg = a;
      r->value = c;
      return r;
    }
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::param() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  const Tok* a = name_tok();
  if (a == nullptr) return nullptr;
  int before = pos_;
  ExprNode* b = annotation();
  if (error_) return nullptr;
  if (b == nullptr) pos_ = before;
  Arg* r = node<Arg>(start);
  r->arg = identifier(*a);
  r->annotation = b;
  return r;
}

Arg* Parser::param_star_annotation() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  const Tok* a = name_tok();
  if (a == nullptr) return nullptr;
  ExprNode* b = star_annotation();
  if (b == nullptr) {
    pos_ = start;
    return nullptr;
  }
  Arg* r = node<Arg>(start);
  r->arg = identifier(*a);
  r->annotation = b;
  return r;
}

ExprNode* Parser::annotation() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::COLON)) {
    if (ExprNode* a = expression()) return a;
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::star_annotation() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::COLON)) {
    if (ExprNode* a = star_expression()) return a;
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::default_value() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::EQUAL)) {
    if (ExprNode* a = expression()) return a;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_default();
    pos_ = start;
  }
  return nullptr;
}

// ---- lambda parameters ----

Arguments* Parser::lambda_params() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_lambda_parameters();
    pos_ = start;
    if (error_) return nullptr;
  }
  Arguments* a = lambda_parameters();
  if (a == nullptr) pos_ = start;
  return a;
}

Arguments* Parser::lambda_parameters() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (Seq<Arg*>* a = lambda_slash_no_default()) {
    Seq<Arg*>* b = param_no_default_loop(true, false);
    Seq<NameDefaultPair*>* c = b ? param_with_default_loop(true, false) : nullptr;
    if (c != nullptr) {
      int before = pos_;
      StarEtc* d = lambda_star_etc();
      if (error_) return nullptr;
      if (d == nullptr) pos_ = before;
      return make_arguments(a, nullptr, b, c, d);
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (SlashWithDefault* a = lambda_slash_with_default()) {
    if (Seq<NameDefaultPair*>* b = param_with_default_loop(true, false)) {
      int before = pos_;
      StarEtc* c = lambda_star_etc();
      if (error_) return nullptr;
      if (c == nullptr) pos_ = before;
      return make_arguments(nullptr, a, nullptr, b, c);
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Seq<Arg*>* a = param_no_default_loop(true, true)) {
    if (Seq<NameDefaultPair*>* b = param_with_default_loop(true, false)) {
      int before = pos_;
      StarEtc* c = lambda_star_etc();
      if (error_) return nullptr;
      if (c == nullptr) pos_ = before;
      return make_arguments(nullptr, nullptr, a, b, c);
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Seq<NameDefaultPair*>* a = param_with_default_loop(true, true)) {
    int before = pos_;
    StarEtc* b = lambda_star_etc();
    if (error_) return nullptr;
    if (b == nullptr) pos_ = before;
    return make_arguments(nullptr, nullptr, nullptr, a, b);
  }
  pos_ = start;
  if (error_) return nullptr;
  if (StarEtc* a = lambda_star_etc()) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
  pos_ = start;
  return nullptr;
}

Seq<Arg*>* Parser::lambda_slash_no_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Seq<Arg*>* a = param_no_default_loop(true, true);
    if (a == nullptr || !expect(TokenKind::SLASH)) continue;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(TokenKind::COLON)) return a;
  }
  pos_ = start;
  return nullptr;
}

SlashWithDefault* Parser::lambda_slash_with_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Seq<Arg*>* a = param_no_default_loop(true, false);
    if (a == nullptr) continue;
    Seq<NameDefaultPair*>* b = param_with_default_loop(true, true);
    if (b == nullptr || !expect(TokenKind::SLASH)) continue;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(TokenKind::COLON)) {
      auto* r = arena_->make<SlashWithDefault>();
      r->plain_names = *a;
      r->names_with_defaults = *b;
      return r;
    }
  }
  pos_ = start;
  return nullptr;
}

StarEtc* Parser::lambda_star_etc() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_lambda_star_etc();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (expect(TokenKind::STAR)) {
    if (Arg* a = lambda_param_no_default()) {
      if (Seq<NameDefaultPair*>* b = param_maybe_default_loop(true, false)) {
        int before = pos_;
        Arg* c = lambda_kwds();
        if (error_) return nullptr;
        if (c == nullptr) pos_ = before;
        auto* r = arena_->make<StarEtc>();
        r->vararg = a;
        r->kwonlyargs = *b;
        r->kwarg = c;
        return r;
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (expect(TokenKind::STAR) && expect(TokenKind::COMMA)) {
    if (Seq<NameDefaultPair*>* b = param_maybe_default_loop(true, true)) {
      int before = pos_;
      Arg* c = lambda_kwds();
      if (error_) return nullptr;
      if (c == nullptr) pos_ = before;
      auto* r = arena_->make<StarEtc>();
      r->kwonlyargs = *b;
      r->kwarg = c;
      return r;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Arg* a = lambda_kwds()) {
    auto* r = arena_->make<StarEtc>();
    r->kwarg = a;
    return r;
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::lambda_kwds() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_lambda_kwds();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (expect(TokenKind::DOUBLESTAR)) {
    if (Arg* a = lambda_param_no_default()) return a;
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::lambda_param_no_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (Arg* a = lambda_param()) {
    if (expect(TokenKind::COMMA)) return a;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Arg* a = lambda_param()) {
    if (at(TokenKind::COLON)) return a;
  }
  pos_ = start;
  return nullptr;
}

NameDefaultPair* Parser::lambda_param_with_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Arg* a = lambda_param();
    if (a == nullptr) continue;
    ExprNode* c = default_value();
    if (c == nullptr) continue;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(TokenKind::COLON)) {
      auto* r = arena_->make<NameDefaultPair>();
      r->arg = a;
      r->value = c;
      return r;
    }
  }
  pos_ = start;
  return nullptr;
}

NameDefaultPair* Parser::lambda_param_maybe_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Arg* a = lambda_param();
    if (a == nullptr) continue;
    int before = pos_;
    ExprNode* c = default_value();
    if (error_) return nullptr;
    if (c == nullptr) pos_ = before;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(TokenKind::COLON)) {
      auto* r = arena_->make<NameDefaultPair>();
      r->arg = a;
      r->value = c;
      return r;
    }
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::lambda_param() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  const Tok* a = name_tok();
  if (a == nullptr) return nullptr;
  Arg* r = node<Arg>(start);
  r->arg = identifier(*a);
  return r;
}

}  // namespace glasspy::parse
