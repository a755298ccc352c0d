// Statements (parsing stage): CPython 3.11's `statements` rule and how one statement is
// chosen (simple_stmts / compound_stmt), and blocks. The statements themselves are in
// parse_simple_statements.cpp, parse_imports.cpp, parse_definitions.cpp,
// parse_compound_statements.cpp and parse_match.cpp.
#include "parse/parser_impl.h"

namespace glasspy::parse {

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

StmtNode* Parser::simple_stmt() { return memoized(MemoRule::kSimpleStmt, &Parser::simple_stmt_raw); }

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

}  // namespace glasspy::parse
