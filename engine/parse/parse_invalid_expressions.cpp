// The second pass's rules for expressions (parsing stage): CPython 3.11's invalid_* rules
// for calls, keyword arguments, missing commas, legacy print/exec, walrus and assignment
// mistakes, comprehensions, parameters, groups and dict displays. Each raises CPython's
// message at CPython's location, or fails and lets the parse go on.
#include "parse/parser_impl.h"

namespace glasspy::parse {

using ast::NodeKind;

const char* expr_name(const ExprNode* e) {
  switch (e->node_kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom: return "yield expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Constant: {
      switch (static_cast<const ast::Constant*>(e)->value.kind) {
        case ast::ConstantValue::Kind::kNone: return "None";
        case ast::ConstantValue::Kind::kFalse: return "False";
        case ast::ConstantValue::Kind::kTrue: return "True";
        case ast::ConstantValue::Kind::kEllipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    default: return "unknown";
  }
}

ExprNode* invalid_target(ExprNode* e, TargetsType type) {
  if (e == nullptr) return nullptr;
  switch (e->node_kind) {
    case NodeKind::List:
      for (ExprNode* child : static_cast<ast::List*>(e)->elts)
        if (ExprNode* bad = invalid_target(child, type)) return bad;
      return nullptr;
    case NodeKind::Tuple:
      for (ExprNode* child : static_cast<ast::Tuple*>(e)->elts)
        if (ExprNode* bad = invalid_target(child, type)) return bad;
      return nullptr;
    case NodeKind::Starred:
      if (type == TargetsType::kDelTargets) return e;
      return invalid_target(static_cast<ast::Starred*>(e)->value, type);
    case NodeKind::Compare:
      // `for a in b` reaches here as the comparison `a in b`: look at its left side.
      if (type == TargetsType::kForTargets) {
        auto* c = static_cast<ast::Compare*>(e);
        if (c->ops[0] == ast::CmpOperator::In) return invalid_target(c->left, type);
        return nullptr;
      }
      return e;
    case NodeKind::Name:
    case NodeKind::Subscript:
    case NodeKind::Attribute: return nullptr;
    default: return e;
  }
}

static ExprNode* last_comprehension_item(Comprehension* c) {
  if (c->ifs.empty()) return c->iter;
  return c->ifs.back();
}

void* Parser::nonparen_genexp_in_call(ExprNode* args, Seq<Comprehension*>* comprehensions) {
  auto* call = static_cast<ast::Call*>(args);
  uint32_t len = call->args.size();
  if (len <= 1) return nullptr;
  return raise_known_range(call->args[len - 1], last_comprehension_item(comprehensions->back()),
                           "Generator expression must be parenthesized");
}

void* Parser::arguments_parsing_error(ExprNode* e) {
  bool keyword_unpacking = false;
  for (ast::Keyword* k : static_cast<ast::Call*>(e)->keywords)
    if (k->arg.data() == nullptr) keyword_unpacking = true;
  return raise_syntax_error(keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                              : "positional argument follows keyword argument");
}

void* Parser::invalid_arguments() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
  //  | kwargs) ',' b='*'
  {
    for (int alt = 0; alt < 2 && !error_; ++alt) {
      pos_ = start;
      bool ok = false;
      {
        NestingGuard group_guard(*this);  // the group of the two alternatives
        if (alt == 0) {
          ScratchMark scratch(*this);
          ok = gather_items(&Parser::positional_argument) && !error_ && expect(TokenKind::COMMA) &&
               kwargs() != nullptr;
        } else {
          ok = kwargs() != nullptr;
        }
      }
      if (ok) {
        // A group matches once: if what follows fails, its other alternative is not tried.
        if (expect(TokenKind::COMMA)) {
          if (const Tok* b = expect(TokenKind::STAR)) {
            return raise_known_location(b, "iterable argument unpacking follows keyword argument unpacking");
          }
        }
        break;
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  if (ExprNode* a = expression()) {
    if (Seq<Comprehension*>* b = for_if_clauses()) {
      if (expect(TokenKind::COMMA)) {
        int before = pos_;
        if (args() == nullptr) {
          pos_ = before;
          if (!error_) {
            if (expression() == nullptr || for_if_clauses() == nullptr) pos_ = before;
          }
        }
        if (error_) return nullptr;
        return raise_known_range(a, last_comprehension_item(b->back()), "Generator expression must be parenthesized");
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=NAME b='=' expression for_if_clauses
  if (const Tok* a = name_tok()) {
    if (const Tok* b = expect(TokenKind::EQUAL)) {
      if (expression() && for_if_clauses()) {
        return raise_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=args b=for_if_clauses
  if (ExprNode* a = args()) {
    if (Seq<Comprehension*>* b = for_if_clauses()) return nonparen_genexp_in_call(a, b);
  }
  pos_ = start;
  if (error_) return nullptr;
  // args ',' a=expression b=for_if_clauses
  if (args() && expect(TokenKind::COMMA)) {
    if (ExprNode* a = expression()) {
      if (Seq<Comprehension*>* b = for_if_clauses()) {
        return raise_known_range(a, last_comprehension_item(b->back()), "Generator expression must be parenthesized");
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=args ',' args
  if (ExprNode* a = args()) {
    if (expect(TokenKind::COMMA) && args()) return arguments_parsing_error(a);
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_kwarg() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a=('True'|'False'|'None') b='='
  const Tok& t = current();
  if (t.kind == TokenKind::NAME &&
      (t.keyword == Keyword::kTrue || t.keyword == Keyword::kFalse || t.keyword == Keyword::kNone)) {
    ++pos_;
    if (const Tok* b = expect(TokenKind::EQUAL)) {
      return raise_known_range(&t, b, "cannot assign to " + std::string(token_text(t)));
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=NAME b='=' expression for_if_clauses
  if (const Tok* a = name_tok()) {
    if (const Tok* b = expect(TokenKind::EQUAL)) {
      if (expression() && for_if_clauses()) {
        return raise_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // !(NAME '=') a=expression b='='
  bool name_equal = name_tok() != nullptr && expect(TokenKind::EQUAL) != nullptr;
  pos_ = start;
  if (!name_equal && !error_) {
    if (ExprNode* a = expression()) {
      if (const Tok* b = expect(TokenKind::EQUAL)) {
        return raise_known_range(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
    }
  }
  pos_ = start;
  return nullptr;
}

// print / exec used as statements (Python 2): a NAME, not a call, then expressions.
void* Parser::invalid_legacy_expression() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* a = name_token()) {
    if (!at(TokenKind::LPAR) && !error_) {
      if (ExprNode* b = star_expressions()) {
        std::string_view id = static_cast<ast::Name*>(a)->id;
        if (id == "print" || id == "exec") {
          std::string name(id);
          return raise_known_range(a, b, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
        }
        return nullptr;  // the alternative matched; its action gave nothing
      }
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_expression() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  bool excluded = false;
  if (name_tok() != nullptr && at(TokenKind::STRING)) excluded = true;
  pos_ = start;
  if (!excluded && soft_keyword_tok() != nullptr) excluded = true;
  pos_ = start;
  if (error_) return nullptr;
  if (!excluded) {
    if (ExprNode* a = disjunction()) {
      if (ExprNode* b = expression_without_invalid()) {
        // The alternative matched: its action decides, and no other alternative runs.
        bool legacy = false;
        if (auto* n = ast::node_cast<ast::Name>(a)) legacy = n->id == "print" || n->id == "exec";
        if (legacy || tokens_.at(pos_ - 1).level == 0) return nullptr;
        return raise_known_range(a, b, "invalid syntax. Perhaps you forgot a comma?");
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=disjunction 'if' b=disjunction !('else'|':')
  if (ExprNode* a = disjunction()) {
    if (expect_keyword(Keyword::kIf)) {
      if (ExprNode* b = disjunction()) {
        if (!at_keyword(Keyword::kElse) && !at(TokenKind::COLON) && !error_) {
          return raise_known_range(a, b, "expected 'else' after 'if' expression");
        }
      }
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_named_expression() {
  return memoized(MemoRule::kInvalidNamedExpression, &Parser::invalid_named_expression_raw);
}

void* Parser::invalid_named_expression_raw() {
  int start = pos_;
  // a=expression ':=' expression
  if (ExprNode* a = expression()) {
    if (expect(TokenKind::COLONEQUAL)) {
      if (expression()) {
        return raise_known_location(a, std::string("cannot use assignment expressions with ") + expr_name(a));
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=NAME '=' b=bitwise_or !('='|':=')
  if (ExprNode* a = name_token()) {
    if (expect(TokenKind::EQUAL)) {
      if (ExprNode* b = bitwise_or()) {
        if (!at(TokenKind::EQUAL) && !at(TokenKind::COLONEQUAL) && !error_) {
          return raise_known_range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  bool excluded;
  {
    NestingGuard group_guard(*this);  // the lookahead's group is a helper rule in pegen
    excluded = list() != nullptr;
    if (!excluded && !error_) {
      pos_ = start;
      excluded = tuple() != nullptr;
    }
    if (!excluded && !error_) {
      pos_ = start;
      excluded = genexp() != nullptr;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (!excluded) {
    const Tok& t = current();
    excluded = t.kind == TokenKind::NAME &&
               (t.keyword == Keyword::kTrue || t.keyword == Keyword::kNone || t.keyword == Keyword::kFalse);
  }
  if (!excluded && !error_) {
    if (ExprNode* a = bitwise_or()) {
      if (expect(TokenKind::EQUAL)) {
        if (bitwise_or()) {
          if (!at(TokenKind::EQUAL) && !at(TokenKind::COLONEQUAL) && !error_) {
            return raise_known_location(a, std::string("cannot assign to ") + expr_name(a) +
                                               " here. Maybe you meant '==' instead of '='?");
          }
        }
      }
    }
  }
  pos_ = start;
  return nullptr;
}

// ('[' | '(' | '{'), or ('[' | '{') without `paren`: a group, so a helper rule in pegen.
bool Parser::opening_bracket(bool paren) {
  NestingGuard group_guard(*this);
  if (error_) return false;
  return expect(TokenKind::LSQB) || (paren && expect(TokenKind::LPAR)) || expect(TokenKind::LBRACE);
}

void* Parser::invalid_comprehension() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // ('[' | '(' | '{') a=starred_expression for_if_clauses
  if (opening_bracket(true)) {
    if (ExprNode* a = starred_expression()) {
      if (for_if_clauses()) return raise_known_location(a, "iterable unpacking cannot be used in comprehension");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
  if (opening_bracket(false)) {
    if (ExprNode* a = star_named_expression()) {
      if (expect(TokenKind::COMMA)) {
        if (Seq<ExprNode*>* b = star_named_expressions()) {
          if (for_if_clauses()) {
            return raise_known_range(a, b->back(), "did you forget parentheses around the comprehension target?");
          }
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // ('[' | '{') a=star_named_expression b=',' for_if_clauses
  if (opening_bracket(false)) {
    if (ExprNode* a = star_named_expression()) {
      if (const Tok* b = expect(TokenKind::COMMA)) {
        if (for_if_clauses()) {
          return raise_known_range(a, b, "did you forget parentheses around the comprehension target?");
        }
      }
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_dict_comprehension() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::LBRACE)) {
    if (const Tok* a = expect(TokenKind::DOUBLESTAR)) {
      if (bitwise_or() && for_if_clauses() && expect(TokenKind::RBRACE)) {
        return raise_known_location(a, "dict unpacking cannot be used in dict comprehension");
      }
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_group() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::LPAR)) {
    if (ExprNode* a = starred_expression()) {
      if (expect(TokenKind::RPAR)) return raise_known_location(a, "cannot use starred expression here");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (expect(TokenKind::LPAR)) {
    if (const Tok* a = expect(TokenKind::DOUBLESTAR)) {
      if (expression() && expect(TokenKind::RPAR)) {
        return raise_known_location(a, "cannot use double starred expression here");
      }
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_double_starred_kvpairs() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  {
    size_t n = 0;
    for (;;) {
      int before = pos_;
      if (n > 0 && !expect(TokenKind::COMMA)) break;
      if (double_starred_kvpair() == nullptr) {
        pos_ = before;
        break;
      }
      ++n;
    }
    if (n > 0 && !error_ && expect(TokenKind::COMMA)) {
      invalid_kvpair();
      if (error_) return nullptr;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  return invalid_dict_value();
}

void* Parser::invalid_kvpair() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a=expression !(':')
  if (ExprNode* a = expression()) {
    if (!at(TokenKind::COLON) && !error_) {
      return raise_at(ErrorType::kSyntaxError, a->pos.lineno, a->pos.end_col_offset - 1 + 1, a->pos.end_lineno, 0,
                      "':' expected after dictionary key");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  return invalid_dict_value();
}

// The last alternatives of invalid_double_starred_kvpairs and invalid_kvpair: a bad value
// after a key's ':'.
void* Parser::invalid_dict_value() {
  int start = pos_;
  // expression ':' a='*' bitwise_or
  if (expression() && expect(TokenKind::COLON)) {
    if (const Tok* a = expect(TokenKind::STAR)) {
      if (bitwise_or()) return raise_starting_from(a, "cannot use a starred expression in a dictionary value");
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // expression a=':' &('}'|',')
  if (expression()) {
    if (const Tok* a = expect(TokenKind::COLON)) {
      if (at(TokenKind::RBRACE) || at(TokenKind::COMMA)) {
        return raise_known_location(a, "expression expected after dictionary key and ':'");
      }
    }
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_for_target() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  expect_keyword(Keyword::kAsync);
  if (expect_keyword(Keyword::kFor)) {
    if (ExprNode* a = star_expressions()) return raise_invalid_target(TargetsType::kForTargets, a);
  }
  pos_ = start;
  return nullptr;
}

void* Parser::invalid_with_item() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expression() && expect_keyword(Keyword::kAs)) {
    if (ExprNode* a = expression()) {
      TokenKind k = current().kind;
      if (!error_ && (k == TokenKind::COMMA || k == TokenKind::RPAR || k == TokenKind::COLON)) {
        return raise_invalid_target(TargetsType::kStarTargets, a);
      }
    }
  }
  pos_ = start;
  return nullptr;
}

}  // namespace glasspy::parse
