// The second pass's rules for statements (parsing stage): CPython 3.11's invalid_* rules
// for assignments, del, blocks, imports, compound statements (missing ':' and missing
// indented blocks), try/except, match/case, patterns and parameter lists.
#include "parse/parser_impl.h"

namespace glasspy::parse {

// ---- simple statements ----

ExprNode* Parser::invalid_ann_assign_target() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* e = list()) return e;
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* e = tuple()) return e;
  pos_ = start;
  if (error_) return nullptr;
  if (expect(TokenKind::LPAR)) {
    if (ExprNode* a = invalid_ann_assign_target()) {
      if (expect(TokenKind::RPAR)) return a;
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_assignment() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a=invalid_ann_assign_target ':' expression
  if (ExprNode* a = invalid_ann_assign_target()) {
    if (expect(TokenKind::COLON) && expression()) {
      return raise_known_location(a, std::string("only single target (not ") + expr_name(a) + ") can be annotated");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=star_named_expression ',' star_named_expressions* ':' expression
  if (ExprNode* a = star_named_expression()) {
    if (expect(TokenKind::COMMA)) {
      for (;;) {
        int before = pos_;
        if (star_named_expressions() == nullptr) {
          pos_ = before;
          break;
        }
      }
      if (!error_ && expect(TokenKind::COLON) && expression()) {
        return raise_known_location(a, "only single target (not tuple) can be annotated");
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=expression ':' expression
  if (ExprNode* a = expression()) {
    if (expect(TokenKind::COLON) && expression()) return raise_known_location(a, "illegal target for annotation");
  }
  pos_ = start;
  if (error_) return nullptr;
  // (star_targets '=')* a=star_expressions '='   and   (star_targets '=')* a=yield_expr '='
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    for (;;) {
      int before = pos_;
      if (star_targets() == nullptr || !expect(TokenKind::EQUAL)) {
        pos_ = before;
        break;
      }
    }
    if (error_) return nullptr;
    ExprNode* a = alt == 0 ? star_expressions() : yield_expr();
    if (a != nullptr && expect(TokenKind::EQUAL)) {
      if (alt == 0) {
        raise_invalid_target(TargetsType::kStarTargets, a);
        return nullptr;  // matched: no further alternatives, raised or not
      }
      return raise_known_location(a, "assignment to yield expression not possible");
    }
    if (error_) return nullptr;
  }
  pos_ = start;
  // a=star_expressions augassign (yield_expr | star_expressions)
  if (ExprNode* a = star_expressions()) {
    if (augassign() >= 0) {
      int before = pos_;
      ExprNode* rhs = yield_expr();
      if (rhs == nullptr && !error_) {
        pos_ = before;
        rhs = star_expressions();
      }
      if (rhs != nullptr) {
        return raise_known_location(
            a, std::string("'") + expr_name(a) + "' is an illegal expression for augmented assignment");
      }
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_del_stmt() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect_keyword(Keyword::kDel)) {
    if (ExprNode* a = star_expressions()) return raise_invalid_target(TargetsType::kDelTargets, a);
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_block() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) && !error_) {
    return raise_indentation_error("expected an indented block");
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_import_from_targets() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (import_from_as_names() && expect(TokenKind::COMMA) && expect(TokenKind::NEWLINE)) {
    return raise_syntax_error("trailing comma not allowed without surrounding parentheses");
  }
  pos_ = start;
  return nullptr;
}

// ---- compound statements: a missing ':' or indented block ----

// Each compound statement has `keyword ... NEWLINE` -> "expected ':'" and `keyword ... ':'
// NEWLINE !INDENT` -> "expected an indented block after '<keyword>' statement on line N".

bool Parser::raise_missing_block(const Tok* keyword, const char* what) {
  if (!(expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) && !error_)) return false;
  raise_indentation_error(std::string("expected an indented block after ") + what + " on line " +
                          std::to_string(tok_line(keyword->line)));
  return true;
}

// invalid_if_stmt, invalid_elif_stmt and invalid_while_stmt: `keyword` named_expression,
// then NEWLINE or ':' NEWLINE !INDENT; `what` names the statement in the message.
void* Parser::invalid_condition_stmt(Keyword keyword, const char* what) {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect_keyword(keyword) && named_expression() && expect(TokenKind::NEWLINE)) {
    return raise_syntax_error("expected ':'");
  }
  pos_ = start;
  if (error_) return nullptr;
  if (const Tok* a = expect_keyword(keyword)) {
    if (named_expression() && raise_missing_block(a, what)) return nullptr;
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_block_stmt(Keyword keyword, const char* what) {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (const Tok* a = expect_keyword(keyword)) {
    if (raise_missing_block(a, what)) return nullptr;
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_for_stmt() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  expect_keyword(Keyword::kAsync);
  if (expect_keyword(Keyword::kFor) && star_targets() && expect_keyword(Keyword::kIn) && star_expressions() &&
      expect(TokenKind::NEWLINE)) {
    return raise_syntax_error("expected ':'");
  }
  pos_ = start;
  if (error_) return nullptr;
  expect_keyword(Keyword::kAsync);
  if (const Tok* a = expect_keyword(Keyword::kFor)) {
    if (star_targets() && expect_keyword(Keyword::kIn) && star_expressions() &&
        raise_missing_block(a, "'for' statement")) {
      return nullptr;
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_def_raw() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  expect_keyword(Keyword::kAsync);
  if (const Tok* a = expect_keyword(Keyword::kDef)) {
    if (name_tok() && expect(TokenKind::LPAR)) {
      int before = pos_;
      if (params(false) == nullptr) pos_ = before;
      if (!error_ && expect(TokenKind::RPAR)) {
        before = pos_;
        if (!(expect(TokenKind::RARROW) && expression())) pos_ = before;
        if (!error_ && raise_missing_block(a, "function definition")) return nullptr;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_class_def_raw() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    const Tok* a = expect_keyword(Keyword::kClass);
    if (a == nullptr || name_tok() == nullptr) continue;
    int before = pos_;
    if (expect(TokenKind::LPAR)) {
      int inner = pos_;
      if (arguments() == nullptr) pos_ = inner;
      if (error_) return nullptr;
      if (!expect(TokenKind::RPAR)) pos_ = before;
    }
    if (error_) return nullptr;
    if (alt == 0) {
      if (expect(TokenKind::NEWLINE)) return raise_syntax_error("expected ':'");
      continue;
    }
    if (raise_missing_block(a, "class definition")) return nullptr;
  }
  pos_ = start;
  return nullptr;
}

// ---- with ----

// ','.(expression ['as' star_target])+ (or expressions, inside parentheses).
bool Parser::with_items_for_errors(bool parenthesized) {
  size_t n = 0;
  for (;;) {
    int before = pos_;
    if (n > 0 && !expect(TokenKind::COMMA)) break;
    ExprNode* e = parenthesized ? expressions() : expression();
    if (e == nullptr) {
      pos_ = before;
      break;
    }
    int after = pos_;
    if (!(expect_keyword(Keyword::kAs) && star_target())) pos_ = after;
    if (error_) return false;
    ++n;
  }
  return n > 0 && !error_;
}

void* Parser::invalid_with_stmt() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  expect_keyword(Keyword::kAsync);
  if (expect_keyword(Keyword::kWith) && with_items_for_errors(false) && expect(TokenKind::NEWLINE)) {
    return raise_syntax_error("expected ':'");
  }
  pos_ = start;
  if (error_) return nullptr;
  expect_keyword(Keyword::kAsync);
  if (expect_keyword(Keyword::kWith) && expect(TokenKind::LPAR) && with_items_for_errors(true)) {
    expect(TokenKind::COMMA);
    if (expect(TokenKind::RPAR) && expect(TokenKind::NEWLINE)) return raise_syntax_error("expected ':'");
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_with_stmt_indent() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int parenthesized = 0; parenthesized < 2; ++parenthesized) {
    pos_ = start;
    if (error_) return nullptr;
    expect_keyword(Keyword::kAsync);
    const Tok* a = expect_keyword(Keyword::kWith);
    if (a == nullptr) continue;
    if (parenthesized) {
      if (!expect(TokenKind::LPAR) || !with_items_for_errors(true)) continue;
      expect(TokenKind::COMMA);
      if (!expect(TokenKind::RPAR)) continue;
    } else if (!with_items_for_errors(false)) {
      continue;
    }
    if (raise_missing_block(a, "'with' statement")) return nullptr;
  }
  pos_ = start;
  return nullptr;
}

// ---- try / except / finally ----

void* Parser::invalid_try_stmt() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a='try' ':' NEWLINE !INDENT
  if (const Tok* a = expect_keyword(Keyword::kTry)) {
    if (raise_missing_block(a, "'try' statement")) return nullptr;
  }
  pos_ = start;
  if (error_) return nullptr;
  // 'try' ':' block !('except' | 'finally')
  if (expect_keyword(Keyword::kTry) && expect(TokenKind::COLON) && block()) {
    if (!at_keyword(Keyword::kExcept) && !at_keyword(Keyword::kFinally) && !error_) {
      return raise_syntax_error("expected 'except' or 'finally' block");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
  // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    if (!expect_keyword(Keyword::kTry) || !expect(TokenKind::COLON)) continue;
    for (;;) {
      int before = pos_;
      if (block() == nullptr) {
        pos_ = before;
        break;
      }
    }
    int handlers = 0;
    for (;;) {
      int before = pos_;
      if (except_block(alt == 1) == nullptr) {
        pos_ = before;
        break;
      }
      ++handlers;
    }
    if (error_) return nullptr;
    if (handlers == 0) continue;
    const Tok* a = expect_keyword(Keyword::kExcept);
    if (a == nullptr) continue;
    if (alt == 0) {
      const Tok* b = expect(TokenKind::STAR);
      if (b == nullptr || expression() == nullptr) continue;
      int before = pos_;
      if (!(expect_keyword(Keyword::kAs) && name_tok())) pos_ = before;
      if (!error_ && expect(TokenKind::COLON)) {
        return raise_known_range(a, b, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    } else {
      int before = pos_;
      if (expression()) {
        int inner = pos_;
        if (!(expect_keyword(Keyword::kAs) && name_tok())) pos_ = inner;
      } else {
        pos_ = before;
      }
      if (!error_ && expect(TokenKind::COLON)) {
        return raise_known_location(a, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_except_stmt() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
  if (expect_keyword(Keyword::kExcept)) {
    expect(TokenKind::STAR);
    if (ExprNode* a = expression()) {
      if (expect(TokenKind::COMMA) && expressions()) {
        int before = pos_;
        if (!(expect_keyword(Keyword::kAs) && name_tok())) pos_ = before;
        if (!error_ && expect(TokenKind::COLON)) {
          return raise_starting_from(a, "multiple exception types must be parenthesized");
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a='except' '*'? expression ['as' NAME ] NEWLINE
  if (expect_keyword(Keyword::kExcept)) {
    expect(TokenKind::STAR);
    if (expression()) {
      int before = pos_;
      if (!(expect_keyword(Keyword::kAs) && name_tok())) pos_ = before;
      if (!error_ && expect(TokenKind::NEWLINE)) return raise_syntax_error("expected ':'");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a='except' NEWLINE
  if (expect_keyword(Keyword::kExcept) && expect(TokenKind::NEWLINE)) return raise_syntax_error("expected ':'");
  pos_ = start;
  if (error_) return nullptr;
  // a='except' '*' (NEWLINE | ':')
  if (expect_keyword(Keyword::kExcept) && expect(TokenKind::STAR)) {
    if (expect(TokenKind::NEWLINE) || expect(TokenKind::COLON)) {
      return raise_syntax_error("expected one or more exception types");
    }
  }
  pos_ = start;
  return nullptr;
}

// invalid_except_stmt_indent, and invalid_except_star_stmt_indent when `star` (which has
// no bare 'except' ':' alternative).
void* Parser::invalid_except_stmt_indent(bool star) {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  const char* what = star ? "'except*' statement" : "'except' statement";
  if (const Tok* a = expect_keyword(Keyword::kExcept)) {
    if ((!star || expect(TokenKind::STAR)) && expression()) {
      int before = pos_;
      if (!(expect_keyword(Keyword::kAs) && name_tok())) pos_ = before;
      if (!error_ && raise_missing_block(a, what)) return nullptr;
    }
  }
  pos_ = start;
  if (error_ || star) return nullptr;
  if (const Tok* a = expect_keyword(Keyword::kExcept)) {
    if (raise_missing_block(a, what)) return nullptr;
  }
  pos_ = start;
  return nullptr;
}

// ---- match ----

void* Parser::invalid_match_stmt() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect_soft_keyword(Keyword::kMatch) && subject_expr() && expect(TokenKind::NEWLINE)) {
    return raise_syntax_error("expected ':'");
  }
  pos_ = start;
  if (error_) return nullptr;
  if (const Tok* a = expect_soft_keyword(Keyword::kMatch)) {
    if (subject_expr() && raise_missing_block(a, "'match' statement")) return nullptr;
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_case_block() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  for (int alt = 0; alt < 2; ++alt) {
    pos_ = start;
    if (error_) return nullptr;
    const Tok* a = expect_soft_keyword(Keyword::kCase);
    if (a == nullptr || patterns() == nullptr) continue;
    int before = pos_;
    if (guard() == nullptr) pos_ = before;
    if (error_) return nullptr;
    if (alt == 0) {
      if (expect(TokenKind::NEWLINE)) return raise_syntax_error("expected ':'");
      continue;
    }
    if (raise_missing_block(a, "'case' statement")) return nullptr;
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_as_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (or_pattern() && expect_keyword(Keyword::kAs)) {
    if (const Tok* a = expect_soft_keyword(Keyword::kUnderscore)) {
      return raise_known_location(a, "cannot use '_' as a target");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (or_pattern() && expect_keyword(Keyword::kAs)) {
    bool name_next = current().kind == TokenKind::NAME && current().keyword == Keyword::kNotKeyword;
    if (!name_next && !error_) {
      if (ExprNode* a = expression()) return raise_known_location(a, "invalid pattern target");
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_class_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (name_or_attr() && expect(TokenKind::LPAR)) {
    if (Seq<PatternNode*>* a = invalid_class_argument_pattern()) {
      return raise_known_range((*a)[0], a->back(), "positional patterns follow keyword patterns");
    }
  }
  pos_ = start;
  return nullptr;
}

Seq<PatternNode*>* Parser::invalid_class_argument_pattern() {
  NestingGuard nesting(*this);
  if (error_) return nullptr;
  int start = pos_;
  int before = pos_;
  if (!(positional_patterns() && expect(TokenKind::COMMA))) pos_ = before;
  if (error_) return nullptr;
  if (keyword_patterns() && expect(TokenKind::COMMA)) {
    if (Seq<PatternNode*>* a = positional_patterns()) return a;
  }
  pos_ = start;
  return nullptr;
}

}  // namespace glasspy::parse
