// Statements (parsing stage): the statement rules of CPython 3.11's grammar, from
// `statements` down to imports, blocks, definitions and compound statements.
#include "parse/parser_impl.h"

namespace glasspy::parse {

using ast::ExprContext;

Seq<StmtNode*>* Parser::statements() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  NestingGuard loop_guard(*this);  // pegen's _loop1 helper for statement+
  ScratchMark scratch(*this);
  int mark = pos_;
  while (statement()) mark = pos_;
  pos_ = mark;
  if (error_ || scratch_.size() == scratch.base()) return nullptr;
  return seq_ptr(take<StmtNode*>(scratch.base()));
}

bool Parser::statement() {
  NestingGuard guard(*this);
  if (error_) return false;
  int mark = pos_;
  if (StmtNode* s = compound_stmt()) {
    push(s);
    return true;
  }
  pos_ = mark;
  if (error_) return false;
  if (Seq<StmtNode*>* list = simple_stmts()) {
    for (StmtNode* s : *list) push(s);
    return true;
  }
  pos_ = mark;
  return false;
}

Seq<StmtNode*>* Parser::simple_stmts() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int mark = pos_;
  // simple_stmt !';' NEWLINE (a shortcut for the common case)
  if (StmtNode* s = simple_stmt()) {
    if (!at(TokenKind::SEMI) && !error_ && expect(TokenKind::NEWLINE)) return seq_ptr(singleton(s));
  }
  pos_ = mark;
  if (error_) return nullptr;
  // ';'.simple_stmt+ [';'] NEWLINE
  ScratchMark scratch(*this);
  StmtNode* first = simple_stmt();
  if (first != nullptr) {
    push(first);
    for (;;) {
      int before = pos_;
      if (!expect(TokenKind::SEMI)) break;
      StmtNode* next = simple_stmt();
      if (next == nullptr) {
        pos_ = before;
        break;
      }
      push(next);
    }
    if (!error_) {
      expect(TokenKind::SEMI);
      if (expect(TokenKind::NEWLINE)) return seq_ptr(take<StmtNode*>(scratch.base()));
    }
  }
  pos_ = mark;
  return nullptr;
}

StmtNode* Parser::simple_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  StmtNode* result;
  if (memo_lookup(MemoRule::kSimpleStmt, result)) return result;
  int start = pos_;
  result = simple_stmt_raw();
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kSimpleStmt, start, result);
  return result;
}

StmtNode* Parser::simple_stmt_raw() {
  int start = pos_;
  if (StmtNode* s = assignment()) return s;
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* e = star_expressions()) {
    auto* s = node<ast::Expr>(start);
    s->value = e;
    return s;
  }
  pos_ = start;
  if (error_) return nullptr;
  const Tok& t = current();
  if (error_) return nullptr;
  Keyword k = t.kind == TokenKind::NAME ? t.keyword : Keyword::kNotKeyword;
  StmtNode* s = nullptr;
  switch (k) {
    case Keyword::kReturn: s = return_stmt(); break;
    case Keyword::kImport:
    case Keyword::kFrom: s = import_stmt(); break;
    case Keyword::kRaise: s = raise_stmt(); break;
    case Keyword::kPass: ++pos_; return node<ast::Pass>(start);
    case Keyword::kDel: s = del_stmt(); break;
    case Keyword::kYield: s = yield_stmt(); break;
    case Keyword::kAssert: s = assert_stmt(); break;
    case Keyword::kBreak: ++pos_; return node<ast::Break>(start);
    case Keyword::kContinue: ++pos_; return node<ast::Continue>(start);
    case Keyword::kGlobal: s = global_stmt(); break;
    case Keyword::kNonlocal: s = nonlocal_stmt(); break;
    default: break;
  }
  if (s == nullptr) pos_ = start;
  return s;
}

StmtNode* Parser::compound_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  const Tok& t = current();
  if (error_) return nullptr;
  Keyword k = t.kind == TokenKind::NAME ? t.keyword : Keyword::kNotKeyword;
  bool at_sign = t.kind == TokenKind::AT;
  StmtNode* s = nullptr;
  auto attempt = [&](StmtNode* (Parser::*rule)()) {
    if (s != nullptr || error_) return;
    s = (this->*rule)();
    if (s == nullptr) pos_ = start;
  };
  if (k == Keyword::kDef || at_sign || k == Keyword::kAsync) attempt(&Parser::function_def);
  if (k == Keyword::kIf) attempt(&Parser::if_stmt);
  if (k == Keyword::kClass || at_sign) attempt(&Parser::class_def);
  if (k == Keyword::kWith || k == Keyword::kAsync) attempt(&Parser::with_stmt);
  if (k == Keyword::kFor || k == Keyword::kAsync) attempt(&Parser::for_stmt);
  if (k == Keyword::kTry) attempt(&Parser::try_stmt);
  if (k == Keyword::kWhile) attempt(&Parser::while_stmt);
  attempt(&Parser::match_stmt);
  return s;
}

ExprNode* Parser::annotated_rhs() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* e = yield_expr()) return e;
  pos_ = start;
  if (error_) return nullptr;
  if (ExprNode* e = star_expressions()) return e;
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::assignment() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  // a=NAME ':' b=expression c=['=' d=annotated_rhs]
  if (ExprNode* a = name_token()) {
    if (expect(TokenKind::COLON)) {
      if (ExprNode* b = expression()) {
        int before = pos_;
        ExprNode* c = nullptr;
        if (expect(TokenKind::EQUAL)) {
          c = annotated_rhs();
          if (c == nullptr) pos_ = before;
        }
        if (!error_) {
          auto* s = node<ast::AnnAssign>(start);
          s->target = set_expr_context(a, ExprContext::Store);
          s->annotation = b;
          s->value = c;
          s->simple = 1;
          return s;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // a=('(' b=single_target ')' | single_subscript_attribute_target) ':' b=expression c=[...]
  {
    ExprNode* a = nullptr;
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
    if (a != nullptr && expect(TokenKind::COLON)) {
      if (ExprNode* b = expression()) {
        int before = pos_;
        ExprNode* c = nullptr;
        if (expect(TokenKind::EQUAL)) {
          c = annotated_rhs();
          if (c == nullptr) pos_ = before;
        }
        if (!error_) {
          auto* s = node<ast::AnnAssign>(start);
          s->target = a;
          s->annotation = b;
          s->value = c;
          s->simple = 0;
          return s;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  // (z=star_targets '=')+ b=(yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  {
    ScratchMark scratch(*this);
    for (;;) {
      int before = pos_;
      ExprNode* z = star_targets();
      if (z != nullptr && expect(TokenKind::EQUAL)) {
        push(z);
        continue;
      }
      pos_ = before;
      break;
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

StmtNode* Parser::global_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(Keyword::kGlobal)) return nullptr;
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
  auto* s = node<ast::Global>(start);
  s->names.count = static_cast<uint32_t>(names.size());
  s->names.items = arena_->make_array<ast::Identifier>(names.size());
  for (size_t i = 0; i < names.size(); ++i) s->names.items[i] = names[i];
  return s;
}

StmtNode* Parser::nonlocal_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(Keyword::kNonlocal)) return nullptr;
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
  auto* s = node<ast::Nonlocal>(start);
  s->names.count = static_cast<uint32_t>(names.size());
  s->names.items = arena_->make_array<ast::Identifier>(names.size());
  for (size_t i = 0; i < names.size(); ++i) s->names.items[i] = names[i];
  return s;
}

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
  int before = pos_;
  ExprNode* b = nullptr;
  if (expect(TokenKind::COMMA)) {
    b = expression();
    if (b == nullptr) pos_ = before;
  }
  if (error_) return nullptr;
  auto* s = node<ast::Assert>(start);
  s->test = a;
  s->msg = b;
  return s;
}

StmtNode* Parser::import_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (StmtNode* s = import_name()) return s;
  pos_ = start;
  if (error_) return nullptr;
  if (StmtNode* s = import_from()) return s;
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::import_name() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(Keyword::kImport)) return nullptr;
  Seq<ast::Alias*>* names = dotted_as_names();
  if (names == nullptr) {
    pos_ = start;
    return nullptr;
  }
  auto* s = node<ast::Import>(start);
  s->names = *names;
  return s;
}

StmtNode* Parser::import_from() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (!expect_keyword(Keyword::kFrom)) return nullptr;
  int level = 0;
  for (;;) {
    if (expect(TokenKind::DOT)) {
      level += 1;
    } else if (expect(TokenKind::ELLIPSIS)) {
      level += 3;
    } else {
      break;
    }
  }
  int after_dots = pos_;
  // 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  if (ExprNode* b = dotted_name()) {
    if (expect_keyword(Keyword::kImport)) {
      if (Seq<ast::Alias*>* c = import_from_targets()) {
        auto* s = node<ast::ImportFrom>(start);
        s->module = static_cast<ast::Name*>(b)->id;
        s->names = *c;
        s->level = level;
        return s;
      }
    }
  }
  if (error_) return nullptr;
  // 'from' ('.' | '...')+ 'import' import_from_targets
  pos_ = after_dots;
  if (level > 0 && expect_keyword(Keyword::kImport)) {
    if (Seq<ast::Alias*>* b = import_from_targets()) {
      auto* s = node<ast::ImportFrom>(start);
      s->names = *b;
      s->level = level;
      return s;
    }
  }
  pos_ = start;
  return nullptr;
}

Seq<ast::Alias*>* Parser::import_from_targets() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (expect(TokenKind::LPAR)) {
    if (Seq<ast::Alias*>* a = import_from_as_names()) {
      expect(TokenKind::COMMA);
      if (expect(TokenKind::RPAR)) return a;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Seq<ast::Alias*>* a = import_from_as_names()) {
    if (!at(TokenKind::COMMA) && !error_) return a;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (expect(TokenKind::STAR)) {
    auto* alias = node<ast::Alias>(start);
    alias->name = arena_->copy("*");
    return seq_ptr(singleton<ast::Alias*>(alias));
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_import_from_targets();
    pos_ = start;
  }
  return nullptr;
}

Seq<ast::Alias*>* Parser::import_from_as_names() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  int start = pos_;
  ast::Alias* first = import_from_as_name();
  if (first == nullptr) return nullptr;
  push(first);
  for (;;) {
    int before = pos_;
    if (!expect(TokenKind::COMMA)) break;
    ast::Alias* next = import_from_as_name();
    if (next == nullptr) {
      pos_ = before;
      break;
    }
    push(next);
  }
  if (error_) {
    pos_ = start;
    return nullptr;
  }
  return seq_ptr(take<ast::Alias*>(scratch.base()));
}

ast::Alias* Parser::import_from_as_name() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  const Tok* a = name_tok();
  if (a == nullptr) return nullptr;
  int before = pos_;
  const Tok* b = nullptr;
  if (expect_keyword(Keyword::kAs)) {
    b = name_tok();
    if (b == nullptr) pos_ = before;
  }
  if (error_) return nullptr;
  auto* alias = node<ast::Alias>(start);
  alias->name = identifier(*a);
  if (b != nullptr) alias->asname = identifier(*b);
  return alias;
}

Seq<ast::Alias*>* Parser::dotted_as_names() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  int start = pos_;
  ast::Alias* first = dotted_as_name();
  if (first == nullptr) return nullptr;
  push(first);
  for (;;) {
    int before = pos_;
    if (!expect(TokenKind::COMMA)) break;
    ast::Alias* next = dotted_as_name();
    if (next == nullptr) {
      pos_ = before;
      break;
    }
    push(next);
  }
  if (error_) {
    pos_ = start;
    return nullptr;
  }
  return seq_ptr(take<ast::Alias*>(scratch.base()));
}

ast::Alias* Parser::dotted_as_name() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  ExprNode* a = dotted_name();
  if (a == nullptr) return nullptr;
  int before = pos_;
  const Tok* b = nullptr;
  if (expect_keyword(Keyword::kAs)) {
    b = name_tok();
    if (b == nullptr) pos_ = before;
  }
  if (error_) return nullptr;
  auto* alias = node<ast::Alias>(start);
  alias->name = static_cast<ast::Name*>(a)->id;
  if (b != nullptr) alias->asname = identifier(*b);
  return alias;
}

// dotted_name: dotted_name '.' NAME | NAME (left-recursive: a loop).
ExprNode* Parser::dotted_name() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ExprNode* result;
  if (memo_lookup(MemoRule::kDottedName, result)) return result;
  int start = pos_;
  result = name_token();
  while (result != nullptr) {
    int before = pos_;
    if (!expect(TokenKind::DOT)) break;
    const Tok* t = name_tok();
    if (t == nullptr) {
      pos_ = before;
      break;
    }
    auto* joined = node<ast::Name>(start);
    std::string id(static_cast<ast::Name*>(result)->id);
    id += '.';
    id += identifier(*t);
    joined->id = arena_->copy(id);
    joined->ctx = ExprContext::Load;
    result = joined;
  }
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kDottedName, start, result);
  return result;
}

Seq<StmtNode*>* Parser::block() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  Seq<StmtNode*>* result;
  if (memo_lookup(MemoRule::kBlock, result)) return result;
  int start = pos_;
  result = block_raw();
  if (result == nullptr) pos_ = start;
  memo_store(MemoRule::kBlock, start, result);
  return result;
}

Seq<StmtNode*>* Parser::block_raw() {
  int start = pos_;
  if (expect(TokenKind::NEWLINE) && expect(TokenKind::INDENT)) {
    if (Seq<StmtNode*>* a = statements()) {
      if (expect(TokenKind::DEDENT)) return a;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (Seq<StmtNode*>* a = simple_stmts()) return a;
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_block();
    pos_ = start;
  }
  return nullptr;
}

Seq<ExprNode*>* Parser::decorators() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  ScratchMark scratch(*this);
  for (;;) {
    int before = pos_;
    if (expect(TokenKind::AT)) {
      if (ExprNode* f = named_expression()) {
        if (expect(TokenKind::NEWLINE)) {
          push(f);
          continue;
        }
      }
    }
    pos_ = before;
    break;
  }
  if (error_ || scratch_.size() == scratch.base()) return nullptr;
  return seq_ptr(take<ExprNode*>(scratch.base()));
}

StmtNode* Parser::class_def() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (Seq<ExprNode*>* a = decorators()) {
    if (StmtNode* b = class_def_raw()) {
      static_cast<ast::ClassDef*>(b)->decorator_list = *a;
      return b;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (StmtNode* b = class_def_raw()) return b;
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::class_def_raw() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_class_def_raw();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(Keyword::kClass)) return nullptr;
  const Tok* a = name_tok();
  if (a != nullptr) {
    ExprNode* call = nullptr;
    int before = pos_;
    if (expect(TokenKind::LPAR)) {
      int inner = pos_;
      call = arguments();
      if (call == nullptr) pos_ = inner;
      if (error_) return nullptr;
      if (!expect(TokenKind::RPAR)) {
        pos_ = before;
        call = nullptr;
      }
    }
    if (!error_ && expect(TokenKind::COLON)) {
      if (Seq<StmtNode*>* c = block()) {
        auto* s = node<ast::ClassDef>(start);
        s->name = identifier(*a);
        if (call != nullptr) {
          s->bases = static_cast<ast::Call*>(call)->args;
          s->keywords = static_cast<ast::Call*>(call)->keywords;
        }
        s->body = *c;
        return s;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::function_def() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (Seq<ExprNode*>* d = decorators()) {
    if (StmtNode* f = function_def_raw()) {
      if (auto* fd = ast::node_cast<ast::FunctionDef>(f)) {
        fd->decorator_list = *d;
      } else {
        static_cast<ast::AsyncFunctionDef*>(f)->decorator_list = *d;
      }
      return f;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (StmtNode* f = function_def_raw()) return f;
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::function_def_raw() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_def_raw();
    pos_ = start;
    if (error_) return nullptr;
  }
  for (int is_async = 0; is_async < 2; ++is_async) {
    pos_ = start;
    if (is_async && !expect_keyword(Keyword::kAsync)) break;
    if (!expect_keyword(Keyword::kDef)) continue;
    const Tok* n = name_tok();
    if (n == nullptr) continue;
    if (!expect_forced(TokenKind::LPAR, "(")) return nullptr;
    int before = pos_;
    Arguments* params_ = params();
    if (error_) return nullptr;
    if (params_ == nullptr) pos_ = before;
    if (!expect(TokenKind::RPAR)) continue;
    before = pos_;
    ExprNode* returns = nullptr;
    if (expect(TokenKind::RARROW)) {
      returns = expression();
      if (returns == nullptr) pos_ = before;
    }
    if (error_) return nullptr;
    if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
    Seq<StmtNode*>* b = block();
    if (b == nullptr) continue;
    if (params_ == nullptr) params_ = empty_arguments();
    if (is_async) {
      auto* s = node<ast::AsyncFunctionDef>(start);
      s->name = identifier(*n);
      s->args = params_;
      s->body = *b;
      s->returns = returns;
      return s;
    }
    auto* s = node<ast::FunctionDef>(start);
    s->name = identifier(*n);
    s->args = params_;
    s->body = *b;
    s->returns = returns;
    return s;
  }
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::if_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_if_stmt();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(Keyword::kIf)) return nullptr;
  ExprNode* a = named_expression();
  if (a == nullptr || !expect(TokenKind::COLON)) {
    pos_ = start;
    return nullptr;
  }
  Seq<StmtNode*>* b = block();
  if (b == nullptr) {
    pos_ = start;
    return nullptr;
  }
  int after_block = pos_;
  if (StmtNode* c = elif_stmt()) {
    auto* s = node<ast::If>(start);
    s->test = a;
    s->body = *b;
    s->orelse = singleton(c);
    return s;
  }
  pos_ = after_block;
  if (error_) return nullptr;
  Seq<StmtNode*>* c = else_block();
  if (error_) return nullptr;
  if (c == nullptr) pos_ = after_block;
  auto* s = node<ast::If>(start);
  s->test = a;
  s->body = *b;
  if (c != nullptr) s->orelse = *c;
  return s;
}

StmtNode* Parser::elif_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_elif_stmt();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(Keyword::kElif)) return nullptr;
  ExprNode* a = named_expression();
  if (a == nullptr || !expect(TokenKind::COLON)) {
    pos_ = start;
    return nullptr;
  }
  Seq<StmtNode*>* b = block();
  if (b == nullptr) {
    pos_ = start;
    return nullptr;
  }
  int after_block = pos_;
  if (StmtNode* c = elif_stmt()) {
    auto* s = node<ast::If>(start);
    s->test = a;
    s->body = *b;
    s->orelse = singleton(c);
    return s;
  }
  pos_ = after_block;
  if (error_) return nullptr;
  Seq<StmtNode*>* c = else_block();
  if (error_) return nullptr;
  if (c == nullptr) pos_ = after_block;
  auto* s = node<ast::If>(start);
  s->test = a;
  s->body = *b;
  if (c != nullptr) s->orelse = *c;
  return s;
}

Seq<StmtNode*>* Parser::else_block() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_else_stmt();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(Keyword::kElse)) return nullptr;
  if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
  Seq<StmtNode*>* b = block();
  if (b == nullptr) pos_ = start;
  return b;
}

StmtNode* Parser::while_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_while_stmt();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(Keyword::kWhile)) return nullptr;
  ExprNode* a = named_expression();
  if (a == nullptr || !expect(TokenKind::COLON)) {
    pos_ = start;
    return nullptr;
  }
  Seq<StmtNode*>* b = block();
  if (b == nullptr) {
    pos_ = start;
    return nullptr;
  }
  int after_block = pos_;
  Seq<StmtNode*>* c = else_block();
  if (error_) return nullptr;
  if (c == nullptr) pos_ = after_block;
  auto* s = node<ast::While>(start);
  s->test = a;
  s->body = *b;
  if (c != nullptr) s->orelse = *c;
  return s;
}

StmtNode* Parser::for_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_for_stmt();
    pos_ = start;
    if (error_) return nullptr;
  }
  for (int is_async = 0; is_async < 2; ++is_async) {
    pos_ = start;
    if (is_async && !expect_keyword(Keyword::kAsync)) break;
    if (!expect_keyword(Keyword::kFor)) continue;
    ExprNode* t = star_targets();
    if (t == nullptr || !expect_keyword(Keyword::kIn)) continue;
    // The cut: past 'in', a failure ends the rule.
    ExprNode* ex = star_expressions();
    if (ex == nullptr || !expect(TokenKind::COLON)) {
      pos_ = start;
      return nullptr;
    }
    Seq<StmtNode*>* b = block();
    if (b == nullptr) {
      pos_ = start;
      return nullptr;
    }
    int after_block = pos_;
    Seq<StmtNode*>* el = else_block();
    if (error_) return nullptr;
    if (el == nullptr) pos_ = after_block;
    if (is_async) {
      auto* s = node<ast::AsyncFor>(start);
      s->target = t;
      s->iter = ex;
      s->body = *b;
      if (el != nullptr) s->orelse = *el;
      return s;
    }
    auto* s = node<ast::For>(start);
    s->target = t;
    s->iter = ex;
    s->body = *b;
    if (el != nullptr) s->orelse = *el;
    return s;
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_for_target();
    pos_ = start;
  }
  return nullptr;
}

Seq<ast::WithItem*>* Parser::with_items() {
  ScratchMark scratch(*this);
  ast::WithItem* first = with_item();
  if (first == nullptr) return nullptr;
  push(first);
  for (;;) {
    int before = pos_;
    if (!expect(TokenKind::COMMA)) break;
    ast::WithItem* next = with_item();
    if (next == nullptr) {
      pos_ = before;
      break;
    }
    push(next);
  }
  if (error_) return nullptr;
  return seq_ptr(take<ast::WithItem*>(scratch.base()));
}

StmtNode* Parser::with_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_with_stmt_indent();
    pos_ = start;
    if (error_) return nullptr;
  }
  for (int is_async = 0; is_async < 2; ++is_async) {
    for (int parenthesized = 1; parenthesized >= 0; --parenthesized) {
      pos_ = start;
      if (error_) return nullptr;
      if (is_async && !expect_keyword(Keyword::kAsync)) continue;
      if (!expect_keyword(Keyword::kWith)) continue;
      if (parenthesized && !expect(TokenKind::LPAR)) continue;
      Seq<ast::WithItem*>* a = with_items();
      if (a == nullptr) continue;
      if (parenthesized) {
        expect(TokenKind::COMMA);
        if (!expect(TokenKind::RPAR)) continue;
      }
      if (!expect(TokenKind::COLON)) continue;
      Seq<StmtNode*>* b = block();
      if (b == nullptr) continue;
      if (is_async) {
        auto* s = node<ast::AsyncWith>(start);
        s->items = *a;
        s->body = *b;
        return s;
      }
      auto* s = node<ast::With>(start);
      s->items = *a;
      s->body = *b;
      return s;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_with_stmt();
    pos_ = start;
  }
  return nullptr;
}

ast::WithItem* Parser::with_item() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (ExprNode* e = expression()) {
    if (expect_keyword(Keyword::kAs)) {
      if (ExprNode* t = star_target()) {
        TokenKind k = current().kind;
        if (!error_ && (k == TokenKind::COMMA || k == TokenKind::RPAR || k == TokenKind::COLON)) {
          auto* w = node_at<ast::WithItem>(Position{});
          w->context_expr = e;
          w->optional_vars = t;
          return w;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_with_item();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (ExprNode* e = expression()) {
    auto* w = node_at<ast::WithItem>(Position{});
    w->context_expr = e;
    return w;
  }
  pos_ = start;
  return nullptr;
}

StmtNode* Parser::try_stmt() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_try_stmt();
    pos_ = start;
    if (error_) return nullptr;
  }
  for (int alt = 0; alt < 3; ++alt) {
    pos_ = start;
    if (!expect_keyword(Keyword::kTry)) return nullptr;
    if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
    Seq<StmtNode*>* b = block();
    if (b == nullptr) continue;
    if (alt == 0) {
      Seq<StmtNode*>* f = finally_block();
      if (f == nullptr) continue;
      auto* s = node<ast::Try>(start);
      s->body = *b;
      s->finalbody = *f;
      return s;
    }
    ScratchMark scratch(*this);
    for (;;) {
      int before = pos_;
      ast::ExceptHandlerNode* h = alt == 1 ? except_block() : except_star_block();
      if (h == nullptr) {
        pos_ = before;
        break;
      }
      push(h);
    }
    if (error_) return nullptr;
    if (scratch_.size() == scratch.base()) continue;
    int before = pos_;
    Seq<StmtNode*>* el = else_block();
    if (error_) return nullptr;
    if (el == nullptr) pos_ = before;
    before = pos_;
    Seq<StmtNode*>* f = finally_block();
    if (error_) return nullptr;
    if (f == nullptr) pos_ = before;
    Seq<ast::ExceptHandlerNode*> handlers = take<ast::ExceptHandlerNode*>(scratch.base());
    if (alt == 1) {
      auto* s = node<ast::Try>(start);
      s->body = *b;
      s->handlers = handlers;
      if (el != nullptr) s->orelse = *el;
      if (f != nullptr) s->finalbody = *f;
      return s;
    }
    auto* s = node<ast::TryStar>(start);
    s->body = *b;
    s->handlers = handlers;
    if (el != nullptr) s->orelse = *el;
    if (f != nullptr) s->finalbody = *f;
    return s;
  }
  pos_ = start;
  return nullptr;
}

ast::ExceptHandlerNode* Parser::except_block() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_except_stmt_indent();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (expect_keyword(Keyword::kExcept)) {
    if (ExprNode* e = expression()) {
      int before = pos_;
      const Tok* t = nullptr;
      if (expect_keyword(Keyword::kAs)) {
        t = name_tok();
        if (t == nullptr) pos_ = before;
      }
      if (!error_ && expect(TokenKind::COLON)) {
        if (Seq<StmtNode*>* b = block()) {
          auto* h = node<ast::ExceptHandler>(start);
          h->type = e;
          if (t != nullptr) h->name = identifier(*t);
          h->body = *b;
          return h;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (expect_keyword(Keyword::kExcept) && expect(TokenKind::COLON)) {
    if (Seq<StmtNode*>* b = block()) {
      auto* h = node<ast::ExceptHandler>(start);
      h->body = *b;
      return h;
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_except_stmt();
    pos_ = start;
  }
  return nullptr;
}

ast::ExceptHandlerNode* Parser::except_star_block() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_except_star_stmt_indent();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (expect_keyword(Keyword::kExcept) && expect(TokenKind::STAR)) {
    if (ExprNode* e = expression()) {
      int before = pos_;
      const Tok* t = nullptr;
      if (expect_keyword(Keyword::kAs)) {
        t = name_tok();
        if (t == nullptr) pos_ = before;
      }
      if (!error_ && expect(TokenKind::COLON)) {
        if (Seq<StmtNode*>* b = block()) {
          auto* h = node<ast::ExceptHandler>(start);
          h->type = e;
          if (t != nullptr) h->name = identifier(*t);
          h->body = *b;
          return h;
        }
      }
    }
  }
  pos_ = start;
  if (error_) return nullptr;
  if (call_invalid_rules_) {
    invalid_except_stmt();
    pos_ = start;
  }
  return nullptr;
}

Seq<StmtNode*>* Parser::finally_block() {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  int start = pos_;
  if (call_invalid_rules_) {
    invalid_finally_stmt();
    pos_ = start;
    if (error_) return nullptr;
  }
  if (!expect_keyword(Keyword::kFinally)) return nullptr;
  if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
  Seq<StmtNode*>* a = block();
  if (a == nullptr) pos_ = start;
  return a;
}

}  // namespace glasspy::parse
