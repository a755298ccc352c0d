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

// ---- the rules, each for def (lambda=false) and lambda (lambda=true) ----
// A lambda's list ends at ':' where a def's ends at ')', its parameters have no
// annotations, and it has no `*args: *Ts` alternative.

namespace {
TokenKind list_end(bool lambda) { return lambda ? TokenKind::COLON : TokenKind::RPAR; }
}  // namespace

Seq<Arg*>* Parser::param_no_default_loop(bool lambda, bool at_least_one) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  for (;;) {
    int before = pos_;
    Arg* a = param_no_default(lambda);
    if (a == nullptr) {
      pos_ = before;
      break;
    }
    push(a);
  }
  if (error_ || (at_least_one && scratch_.size() == scratch.base())) return nullptr;
  return seq_ptr(take<Arg*>(scratch.base()));
}

Seq<NameDefaultPair*>* Parser::param_default_loop(bool lambda, bool maybe, bool at_least_one) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  for (;;) {
    int before = pos_;
    NameDefaultPair* a = maybe ? param_maybe_default(lambda) : param_with_default(lambda);
    if (a == nullptr) {
      pos_ = before;
      break;
    }
    push(a);
  }
  if (error_ || (at_least_one && scratch_.size() == scratch.base())) return nullptr;
  return seq_ptr(take<NameDefaultPair*>(scratch.base()));
}

Arguments* Parser::params(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_parameters(lambda);
    pos_ = start;
    if (error_) return nullptr;
  }
  Arguments* a = parameters(lambda);
  if (a == nullptr) pos_ = start;
  return a;
}

Arguments* Parser::parameters(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // Every alternative ends with [star_etc]: the arguments node, or null on an error.
  auto with_star_etc = [&](Seq<Arg*>* slash_without_default, SlashWithDefault* slash_with_default,
                           Seq<Arg*>* plain_names, Seq<NameDefaultPair*>* names_with_default) -> Arguments* {
    int before = pos_;
    StarEtc* rest = star_etc(lambda);
    if (error_) return nullptr;
    if (rest == nullptr) pos_ = before;
    return make_arguments(slash_without_default, slash_with_default, plain_names, names_with_default, rest);
  };
  // a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
  if (Seq<Arg*>* a = slash_no_default(lambda)) {
    Seq<Arg*>* b = param_no_default_loop(lambda, false);
    Seq<NameDefaultPair*>* c = b ? param_with_default_loop(lambda, false) : nullptr;
    if (c != nullptr) return with_star_etc(a, nullptr, b, c);
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=slash_with_default b=param_with_default* c=[star_etc]
  if (SlashWithDefault* a = slash_with_default(lambda)) {
    Seq<NameDefaultPair*>* b = param_with_default_loop(lambda, false);
    if (b != nullptr) return with_star_etc(nullptr, a, nullptr, b);
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=param_no_default+ b=param_with_default* c=[star_etc]
  if (Seq<Arg*>* a = param_no_default_loop(lambda, true)) {
    Seq<NameDefaultPair*>* b = param_with_default_loop(lambda, false);
    if (b != nullptr) return with_star_etc(nullptr, nullptr, a, b);
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=param_with_default+ b=[star_etc]
  if (Seq<NameDefaultPair*>* a = param_with_default_loop(lambda, true)) {
    return with_star_etc(nullptr, nullptr, nullptr, a);
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=star_etc
  if (StarEtc* a = star_etc(lambda)) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
  pos_ = start;
  return nullptr;
}

Seq<Arg*>* Parser::slash_no_default(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a=param_no_default+ '/' ',' | a=param_no_default+ '/' &')'
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Seq<Arg*>* a = param_no_default_loop(lambda, true);
    if (a == nullptr || !expect(TokenKind::SLASH)) continue;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(list_end(lambda))) return a;
  }
  pos_ = start;
  return nullptr;
}

SlashWithDefault* Parser::slash_with_default(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a=param_no_default* b=param_with_default+ '/' ',' | ... '/' &')'
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Seq<Arg*>* a = param_no_default_loop(lambda, false);
    if (a == nullptr) continue;
    Seq<NameDefaultPair*>* b = param_with_default_loop(lambda, true);
    if (b == nullptr || !expect(TokenKind::SLASH)) continue;
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(list_end(lambda))) {
      auto* r = arena_->make<SlashWithDefault>();
      r->plain_names = *a;
      r->names_with_defaults = *b;
      return r;
    }
  }
  pos_ = start;
  return nullptr;
}

StarEtc* Parser::star_etc(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_star_etc(lambda);
    pos_ = start;
    if (error_) return nullptr;
  }
  // The first alternatives end with [kwds]: the StarEtc, or null on an error.
  auto with_kwds = [&](Arg* vararg, Seq<NameDefaultPair*>* kwonlyargs) -> StarEtc* {
    int before = pos_;
    Arg* c = kwds(lambda);
    if (error_) return nullptr;
    if (c == nullptr) pos_ = before;
    auto* r = arena_->make<StarEtc>();
    r->vararg = vararg;
    r->kwonlyargs = *kwonlyargs;
    r->kwarg = c;
    return r;
  };
  // '*' a=param_no_default b=param_maybe_default* c=[kwds], and for def the same with
  // a=param_no_default_star_annotation
  for (int alt = 0; alt < (lambda ? 1 : 2); ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    if (!expect(TokenKind::STAR)) break;
    Arg* a = alt == 0 ? param_no_default(lambda) : param_no_default_star_annotation();
    if (a == nullptr) continue;
    Seq<NameDefaultPair*>* b = param_maybe_default_loop(lambda, false);
    if (b == nullptr) continue;
    return with_kwds(a, b);
  }
  pos_ = start;
  if (error_) return nullptr;
  // '*' ',' b=param_maybe_default+ c=[kwds]
  if (expect(TokenKind::STAR) && expect(TokenKind::COMMA)) {
    if (Seq<NameDefaultPair*>* b = param_maybe_default_loop(lambda, true)) return with_kwds(nullptr, b);
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Arg* a = kwds(lambda)) {
    auto* r = arena_->make<StarEtc>();
    r->kwarg = a;
    return r;
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::kwds(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_kwds(lambda);
    pos_ = start;
    if (error_) return nullptr;
  }
  if (expect(TokenKind::DOUBLESTAR)) {
    if (Arg* a = param_no_default(lambda)) return a;
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::param_no_default(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // param ',' | param &')'
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Arg* a = param(lambda);
    if (a != nullptr && (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(list_end(lambda)))) return a;
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::param_no_default_star_annotation() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // param_star_annotation ',' | param_star_annotation &')'
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Arg* a = param_star_annotation();
    if (a != nullptr && (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(TokenKind::RPAR))) return a;
  }
  pos_ = start;
  return nullptr;
}

NameDefaultPair* Parser::param_with_default(bool lambda) { return param_default(lambda, false); }

NameDefaultPair* Parser::param_maybe_default(bool lambda) { return param_default(lambda, true); }

NameDefaultPair* Parser::param_default(bool lambda, bool maybe) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // param default ',' | param default &')'   (maybe: the default is optional)
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    Arg* a = param(lambda);
    if (a == nullptr) continue;
    int before = pos_;
    ExprNode* c = default_value();
    if (maybe) {
      if (error_) return nullptr;
      if (c == nullptr) pos_ = before;
    } else if (c == nullptr) {
      continue;
    }
    if (alt == 0 ? expect(TokenKind::COMMA) != nullptr : at(list_end(lambda))) {
      auto* r = arena_->make<NameDefaultPair>();
      r->arg = a;
      r->value = c;
      return r;
    }
  }
  pos_ = start;
  return nullptr;
}

Arg* Parser::param(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  const Tok* a = name_tok();
  if (a == nullptr) return nullptr;
  ExprNode* b = nullptr;
  if (!lambda) {
    int before = pos_;
    b = annotation();
    if (error_) return nullptr;
    if (b == nullptr) pos_ = before;
  }
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
  return after_token(TokenKind::COLON, &Parser::expression);
}

ExprNode* Parser::star_annotation() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  return after_token(TokenKind::COLON, &Parser::star_expression);
}

ExprNode* Parser::after_token(TokenKind kind, ExprNode* (Parser::*rule)()) {
  int start = pos_;
  if (expect(kind)) {
    if (ExprNode* a = (this->*rule)()) return a;
  }
  pos_ = start;
  return nullptr;
}

ExprNode* Parser::default_value() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = after_token(TokenKind::EQUAL, &Parser::expression)) return a;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_default();
    pos_ = start;
  }
  return nullptr;
}

}  // namespace glasspy::parse
