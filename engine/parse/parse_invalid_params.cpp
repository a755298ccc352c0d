// The second pass's rules for parameter lists (parsing stage): CPython 3.11's
// invalid_parameters, invalid_star_etc, invalid_kwds, invalid_default and their lambda
// twins ("non-default argument follows default argument", "/ may appear only once", ...).
#include "parse/parser_impl.h"

namespace glasspy::parse {
void* Parser::invalid_parameters_helper(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (SlashWithDefault* a = slash_with_default(lambda)) return a;
  pos_ = start;
  if (error_) return nullptr;
  if (Seq<NameDefaultPair*>* a = param_with_default_loop(lambda, true)) return a;
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_parameters(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  const char* what = lambda ? "Lambda expression parameters" : "Function parameters";
  // param_no_default* invalid_parameters_helper a=param_no_default
  if (param_no_default_loop(lambda, false)) {
    if (invalid_parameters_helper(lambda)) {
      Arg* a = param_no_default(lambda);
      if (a != nullptr) return raise_known_location(a, "non-default argument follows default argument");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // param_no_default* a='(' param_no_default+ ','? b=')'   (lambda: ','.lambda_param+)
  if (param_no_default_loop(lambda, false)) {
    if (const Tok* a = expect(TokenKind::LPAR)) {
      bool ok;
      if (lambda) {
        size_t n = 0;
        for (;;) {
          int before = pos_;
          if (n > 0 && !expect(TokenKind::COMMA)) break;
          if (param(true) == nullptr) {
            pos_ = before;
            break;
          }
          ++n;
        }
        ok = n > 0;
      } else {
        ok = param_no_default_loop(false, true) != nullptr;
      }
      if (ok && !error_) {
        expect(TokenKind::COMMA);
        if (const Tok* b = expect(TokenKind::RPAR)) {
          return raise_known_range(a, b, std::string(what) + " cannot be parenthesized");
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a="/" ','
  if (const Tok* a = expect(TokenKind::SLASH)) {
    if (expect(TokenKind::COMMA)) return raise_known_location(a, "at least one argument must precede /");
  }
  pos_ = start;
  if (error_) return nullptr;
  auto slash_any = [&]() {
    int before = pos_;
    if (slash_no_default(lambda) != nullptr) return true;
    pos_ = before;
    if (error_) return false;
    if (slash_with_default(lambda) != nullptr) return true;
    pos_ = before;
    return false;
  };
  // (slash_no_default | slash_with_default) param_maybe_default* a='/'
  if (slash_any() && param_maybe_default_loop(lambda, false)) {
    if (const Tok* a = expect(TokenKind::SLASH)) return raise_known_location(a, "/ may appear only once");
  }
  pos_ = start;
  if (error_) return nullptr;
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
  // param_maybe_default* a='/'
  {
    slash_any();
    if (!error_ && param_maybe_default_loop(lambda, false) && expect(TokenKind::STAR)) {
      bool ok = expect(TokenKind::COMMA) != nullptr;
      if (!ok && !error_) ok = param_no_default(lambda) != nullptr;
      if (ok && param_maybe_default_loop(lambda, false)) {
        if (const Tok* a = expect(TokenKind::SLASH)) return raise_known_location(a, "/ must be ahead of *");
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // param_maybe_default+ '/' a='*'
  if (param_maybe_default_loop(lambda, true) && expect(TokenKind::SLASH)) {
    if (const Tok* a = expect(TokenKind::STAR)) return raise_known_location(a, "expected comma between / and *");
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_default() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (const Tok* a = expect(TokenKind::EQUAL)) {
    if (at(TokenKind::RPAR) || at(TokenKind::COMMA)) return raise_known_location(a, "expected default value expression");
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_star_etc(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  TokenKind end_kind = lambda ? TokenKind::COLON : TokenKind::RPAR;
  // a='*' (')' | ',' (')' | '**'))      (lambda: ':' instead of ')')
  if (const Tok* a = expect(TokenKind::STAR)) {
    bool ok = expect(end_kind) != nullptr;
    if (!ok && !error_ && expect(TokenKind::COMMA)) {
      ok = expect(end_kind) != nullptr || expect(TokenKind::DOUBLESTAR) != nullptr;
    }
    if (ok) {
      if (lambda) return raise_syntax_error("named arguments must follow bare *");
      return raise_known_location(a, "named arguments must follow bare *");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // '*' param a='='
  if (expect(TokenKind::STAR) && param(lambda)) {
    if (const Tok* a = expect(TokenKind::EQUAL)) {
      return raise_known_location(a, "var-positional argument cannot have default value");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
  auto no_default_or_comma = [&]() {
    int before = pos_;
    if (param_no_default(lambda) != nullptr) return true;
    pos_ = before;
    return !error_ && expect(TokenKind::COMMA) != nullptr;
  };
  if (expect(TokenKind::STAR) && no_default_or_comma() && param_maybe_default_loop(lambda, false)) {
    if (const Tok* a = expect(TokenKind::STAR)) {
      if (no_default_or_comma()) return raise_known_location(a, "* argument may appear only once");
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_kwds(bool lambda) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  auto one_param = [&]() { return param(lambda); };
  // '**' param a='='
  if (expect(TokenKind::DOUBLESTAR) && one_param()) {
    if (const Tok* a = expect(TokenKind::EQUAL)) {
      return raise_known_location(a, "var-keyword argument cannot have default value");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // '**' param ',' a=param
  if (expect(TokenKind::DOUBLESTAR) && one_param() && expect(TokenKind::COMMA)) {
    if (Arg* a = one_param()) return raise_known_location(a, "arguments cannot follow var-keyword argument");
  }
  pos_ = start;
  if (error_) return nullptr;
  // '**' param ',' a=('*'|'**'|'/')
  if (expect(TokenKind::DOUBLESTAR) && one_param() && expect(TokenKind::COMMA)) {
    const Tok* a = expect(TokenKind::STAR);
    if (a == nullptr) a = expect(TokenKind::DOUBLESTAR);
    if (a == nullptr) a = expect(TokenKind::SLASH);
    if (a != nullptr) return raise_known_location(a, "arguments cannot follow var-keyword argument");
  }
  pos_ = start;
  return nullptr;
}

}  // namespace glasspy::parse
