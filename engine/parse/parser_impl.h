// The parser's internals (parsing stage), shared by the files that implement the grammar:
// parse_statements.cpp, parse_simple_statements.cpp, parse_imports.cpp,
// parse_definitions.cpp, parse_compound_statements.cpp, parse_params.cpp, parse_match.cpp,
// parse_expressions.cpp, parse_primary.cpp, parse_targets.cpp, the invalid_* rules in
// parse_invalid_*.cpp, and the literals in parse_strings.cpp / fstring.cpp / parse_numbers.cpp.
//
// Each rule of CPython 3.11's Grammar/python.gram is a method of the same name. As in
// pegen: alternatives are tried in order with the token position saved and restored, a
// rule whose alternative matched but whose action gave nothing fails without trying the
// rest, left-recursive rules are loops, some rules are memoised per token, every rule
// call counts towards a nesting limit, and the `invalid_*` rules only run in the second
// pass. The furthest token ever looked at locates a plain "invalid syntax".
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "parse/parser.h"
#include "parse/token_buffer.h"

namespace glasspy::parse {

using ast::Arg;
using ast::Arguments;
using ast::Comprehension;
using ast::ExprNode;
using ast::MatchCase;
using ast::PatternNode;
using ast::Position;
using ast::Seq;
using ast::StmtNode;
using lex::TokenKind;

// pegen's helper results that are not AST nodes.
struct NameDefaultPair {
  Arg* arg;
  ExprNode* value;  // null: no default
};
struct SlashWithDefault {
  Seq<Arg*> plain_names;
  Seq<NameDefaultPair*> names_with_defaults;
};
struct StarEtc {
  Arg* vararg;
  Seq<NameDefaultPair*> kwonlyargs;
  Arg* kwarg;
};
struct KeywordOrStarred {
  ast::Node* element;  // a Keyword, or a Starred expression
  bool is_keyword;
};
struct CmpopExprPair {
  ast::CmpOperator op;
  ExprNode* expr;
};
struct KeyValuePair {
  ExprNode* key;  // null for **mapping
  ExprNode* value;
};
struct KeyPatternPair {
  ExprNode* key;
  PatternNode* pattern;
};

// What kind of target an invalid-target error is about (pegen's TARGETS_TYPE).
enum class TargetsType : uint8_t { kStarTargets, kDelTargets, kForTargets };

// Rules whose results are memoised per token (the (memo) rules and the left-recursive
// ones of the grammar).
enum class MemoRule : uint8_t {
  kSimpleStmt, kBlock, kExpression, kStarExpression, kDisjunction, kConjunction, kInversion,
  kBitwiseOr, kBitwiseXor, kBitwiseAnd, kShiftExpr, kSum, kTerm, kFactor, kAwaitPrimary,
  kPrimary, kTPrimary, kStrings, kArguments, kStarTarget, kTargetWithStarAtom, kDelTarget,
  kClosedPattern, kStarPattern, kDottedName, kAttr, kInvalidNamedExpression,
};

// CPython 3.11's limit on nested rule calls (MAXSTACK): past it, a MemoryError.
inline constexpr int kMaxRuleDepth = 6000;

class Parser {
 public:
  // `fstring` parsers read an f-string's replacement field (CPython's fstring_input).
  struct Options {
    SourceKind source_kind = SourceKind::kFile;
    bool fstring = false;
    int line_offset = 0;  // f-strings: added to every token line
    int col_offset = 0;   // f-strings: added to columns on the first line
    bool ends_with_newline = true;  // the file's last line has its '\n' (error texts show it)
    bool implicit_newline = true;   // CPython adds a '\n' to the input (not eval/single strings)
    bool character_offsets = true;  // error columns in code points (else bytes, as CPython
                                    // does for files without a declared encoding)
  };

  Parser(TokenBuffer& tokens, ast::Arena& arena, const Options& options);

  // CPython's file rule, both passes and the final error choice; null on error.
  ast::Module* parse_file();
  // CPython's eval rule (expressions NEWLINE* ENDMARKER), as a module of one Expr.
  ast::Module* parse_eval();
  // CPython's interactive rule (statement_newline), as a module of its statements, then
  // the check that nothing but blank lines and comments follows.
  ast::Module* parse_single();
  // CPython's fstring rule: the expression of an f-string field, for fstring.cpp.
  ExprNode* parse_fstring_expression();

  bool failed() const { return error_; }
  const CompileError& error() const { return error_info_; }
  std::vector<CompileWarning>& warnings() { return warnings_; }

 private:
  friend class NestingGuard;
  friend class ScratchMark;

  // Both passes of a start rule (pegen's _PyPegen_run_parser): the plain rules, and when
  // they fail (but not on the nesting limit) the invalid_* rules, which find the specialised
  // messages; the location of a plain "invalid syntax" stays that of the first pass.
  template <class T>
  T* run_passes(T* (Parser::*rule)()) {
    T* result = (this->*rule)();
    if (result != nullptr || (error_ && error_info_.type == ErrorType::kMemoryError)) return result;
    int last_token = fill_ - 1;
    memo_heads_.clear();
    memo_.clear();
    scratch_.clear();
    pos_ = 0;
    call_invalid_rules_ = true;
    (this->*rule)();
    set_final_error(last_token);
    return nullptr;
  }
  ExprNode* fstring_rule();  // fstring: star_expressions (fstring.cpp)

  // ---- tokens (parser_core.cpp) ----
  const Tok& token_at(int i);  // token i, located for this parser, counted in `fill_`
  const Tok& current() { return token_at(pos_); }
  const Tok* expect(TokenKind kind);
  const Tok* expect_keyword(Keyword keyword);
  const Tok* expect_soft_keyword(Keyword keyword);
  const Tok* expect_forced(TokenKind kind, const char* spelling);  // pegen's &&'x'
  bool at(TokenKind kind) { return current().kind == kind; }
  bool at_keyword(Keyword keyword) { return current().keyword == keyword && current().kind == TokenKind::NAME; }
  ExprNode* name_token();    // NAME (not a keyword) as Name(Load)
  const Tok* name_tok();     // NAME (not a keyword), the token
  const Tok* soft_keyword_tok();
  ExprNode* number_token();  // NUMBER as Constant (parse_numbers.cpp)
  std::string_view token_text(const Tok& t) { return tokens_.text(t); }
  ast::Identifier identifier(const Tok& t);  // NFKC-normalised name in the arena
  const Tok& last_token() { return token_at(fill_ - 1); }

  // ---- positions ----
  // A token's position in the tree: f-string parsers shift lines, and columns on the
  // first line, to where the expression sits in the file.
  int tok_line(int line) const { return line + options_.line_offset; }
  int tok_col(int line, int col) const { return line == 1 ? col + options_.col_offset : col; }
  Position tok_position(const Tok& t) const;
  Position extra(int start);  // from token `start` to the last non-whitespace token before pos_
  Position span(const ast::Node* a, const ast::Node* b) const;
  template <class T>
  T* node(int start) {
    return ast::make_node<T>(*arena_, extra(start));
  }
  template <class T>
  T* node_at(const Position& pos) {
    return ast::make_node<T>(*arena_, pos);
  }

  // ---- scratch lists and sequences ----
  void push(void* item) { scratch_.push_back(item); }
  template <class T>
  Seq<T> take(size_t base) {
    Seq<T> seq;
    seq.count = static_cast<uint32_t>(scratch_.size() - base);
    seq.items = arena_->make_array<T>(seq.count);
    for (uint32_t i = 0; i < seq.count; ++i) seq.items[i] = static_cast<T>(scratch_[base + i]);
    scratch_.resize(base);
    return seq;
  }
  template <class T>
  Seq<T>* seq_ptr(Seq<T> seq) {
    auto* p = arena_->make<Seq<T>>();
    *p = seq;
    return p;
  }
  template <class T>
  Seq<T> singleton(T item) {
    Seq<T> seq;
    seq.count = 1;
    seq.items = arena_->make_array<T>(1);
    seq.items[0] = item;
    return seq;
  }
  template <class T>
  Seq<T> insert_in_front(T first, const Seq<T>* rest) {
    Seq<T> seq;
    seq.count = 1 + (rest ? rest->count : 0);
    seq.items = arena_->make_array<T>(seq.count);
    seq.items[0] = first;
    for (uint32_t i = 1; i < seq.count; ++i) seq.items[i] = rest->items[i - 1];
    return seq;
  }

  // ---- ordered choice ----
  // The first of `alternatives` that parses, the position restored after each failure.
  template <class T>
  T* first_of(std::initializer_list<T* (Parser::*)()> alternatives) {
    int start = pos_;
    for (auto alternative : alternatives) {
      if (T* result = (this->*alternative)()) return result;
      pos_ = start;
      if (error_) return nullptr;
    }
    return nullptr;
  }

  // ---- repetitions ----
  // The rest of `rule (',' rule)*` onto the scratch list: ',' item while an item parses (a
  // ',' not followed by one is left unread), counted as pegen's loop over its group.
  template <class T>
  void gather_rest(T* (Parser::*rule)());
  // ','.rule+ (pegen's gather) onto the scratch list; false if not even one item parses.
  template <class T>
  bool gather_items(T* (Parser::*rule)());

  // ---- memo ----
  // A memoised rule (pegen's (memo)) whose alternatives are `raw`.
  template <class T>
  T* memoized(MemoRule rule, T* (Parser::*raw)());
  template <class T>
  bool memo_lookup(MemoRule rule, T*& result) {
    void* r;
    if (!memo_find(rule, r)) return false;
    result = static_cast<T*>(r);
    return true;
  }
  bool memo_find(MemoRule rule, void*& result);
  void memo_store(MemoRule rule, int start, void* result);

  // ---- errors (parser_errors.cpp) ----
  // Raise at explicit 0-based byte columns (pegen's RAISE_ERROR_KNOWN_LOCATION family);
  // kCurrentPos stands for where the tokenizer is.
  static constexpr int kCurrentPos = -5;
  void* raise_at(ErrorType type, int lineno, int col, int end_lineno, int end_col, std::string message);
  void* raise_known_location(const ast::Node* a, std::string message);
  void* raise_known_location(const Tok* t, std::string message);
  void* raise_known_range(const ast::Node* a, const ast::Node* b, std::string message);
  void* raise_known_range(const Tok* a, const Tok* b, std::string message);
  void* raise_known_range(const Tok* a, const ast::Node* b, std::string message);
  void* raise_known_range(const ast::Node* a, const Tok* b, std::string message);
  void* raise_starting_from(const ast::Node* a, std::string message);
  void* raise_starting_from(const Tok* t, std::string message);
  void* raise_at_last_token(ErrorType type, std::string message);
  void* raise_syntax_error(std::string message);  // at the last token read
  void* raise_indentation_error(std::string message);
  void* raise_invalid_target(TargetsType type, ExprNode* e);
  void raise_lex_error();
  void raise_memory_error();
  void raise_decode_error(std::string message);  // "(unicode error) ..." at the last token
  void set_final_error(int first_pass_last_token);
  void tokenize_rest_for_errors();  // a tokenizer error later in the source wins
  void raise_unclosed_bracket();
  std::string error_line(int lineno, bool& found);  // the line an error shows

  // ---- statements and blocks (parse_statements.cpp) ----
  ast::Module* file_rule();  // (parser_core.cpp)
  ast::Module* eval_rule();  // (parser_core.cpp)
  ast::Module* single_rule();  // (parser_core.cpp)
  Seq<StmtNode*>* statements();
  bool statement();  // pushes its statements on the scratch list
  Seq<StmtNode*>* simple_stmts();
  StmtNode* simple_stmt();
  StmtNode* simple_stmt_raw();
  StmtNode* compound_stmt();
  Seq<StmtNode*>* block();
  Seq<StmtNode*>* block_raw();

  // ---- simple statements (parse_simple_statements.cpp) ----
  StmtNode* assignment();
  StmtNode* annotated_assignment(int start, ExprNode* target, bool simple);  // its AnnAssign tail
  ExprNode* annotated_rhs();
  int augassign();  // an ast::Operator, or -1
  StmtNode* return_stmt();
  StmtNode* raise_stmt();
  StmtNode* global_stmt();
  StmtNode* nonlocal_stmt();
  template <class Stmt>
  StmtNode* names_stmt(Keyword keyword);  // global_stmt, nonlocal_stmt
  StmtNode* del_stmt();
  StmtNode* yield_stmt();
  StmtNode* assert_stmt();

  // ---- imports (parse_imports.cpp) ----
  StmtNode* import_stmt();
  StmtNode* import_name();
  StmtNode* import_from();
  Seq<ast::Alias*>* import_from_targets();
  Seq<ast::Alias*>* import_from_as_names();
  ast::Alias* import_from_as_name();
  Seq<ast::Alias*>* dotted_as_names();
  ast::Alias* dotted_as_name();
  Seq<ast::Alias*>* alias_list(ast::Alias* (Parser::*rule)());  // the two *_names rules
  ast::Alias* alias_as(int start, ast::Identifier name);       // the two *_name rules' tail
  ExprNode* dotted_name();

  // ---- definitions (parse_definitions.cpp) ----
  Seq<ExprNode*>* decorators();
  StmtNode* class_def();
  StmtNode* class_def_raw();
  StmtNode* function_def();
  StmtNode* function_def_raw();

  // ---- compound statements (parse_compound_statements.cpp) ----
  StmtNode* if_stmt();
  StmtNode* elif_stmt();
  StmtNode* if_or_elif(Keyword keyword);  // the two above
  Seq<StmtNode*>* else_block();
  StmtNode* while_stmt();
  bool loop_body(int start, Seq<StmtNode*>*& body, Seq<StmtNode*>*& orelse);  // of while and for
  StmtNode* for_stmt();
  StmtNode* with_stmt();
  ast::WithItem* with_item();
  Seq<ast::WithItem*>* with_items();  // the with-statement's item lists
  StmtNode* try_stmt();
  ast::ExceptHandlerNode* except_block(bool star);  // star: except_star_block
  Seq<StmtNode*>* finally_block();
  Seq<StmtNode*>* keyword_block(Keyword keyword, const char* what);  // else_block, finally_block

  // ---- parameters (parse_params.cpp) ----
  // Each rule serves def (lambda=false) and lambda (lambda=true, CPython's lambda_* twin).
  Arguments* params(bool lambda);
  Arguments* parameters(bool lambda);
  Seq<Arg*>* slash_no_default(bool lambda);
  SlashWithDefault* slash_with_default(bool lambda);
  StarEtc* star_etc(bool lambda);
  Arg* kwds(bool lambda);
  Arg* param_no_default(bool lambda);
  Arg* param_no_default_star_annotation();
  NameDefaultPair* param_with_default(bool lambda);
  NameDefaultPair* param_maybe_default(bool lambda);
  NameDefaultPair* param_default(bool lambda, bool maybe);  // the two above: one body
  Arg* param(bool lambda);
  Arg* param_star_annotation();
  ExprNode* annotation();
  ExprNode* star_annotation();
  ExprNode* default_value();
  ExprNode* after_token(TokenKind kind, ExprNode* (Parser::*rule)());  // kind rule, else nothing
  Arguments* make_arguments(Seq<Arg*>* slash_without_default, SlashWithDefault* slash_with_default,
                            Seq<Arg*>* plain_names, Seq<NameDefaultPair*>* names_with_default,
                            StarEtc* star_etc);
  Arguments* empty_arguments();
  // Repetition helpers: param_no_default* / param_with_default* / param_maybe_default*.
  Seq<Arg*>* param_no_default_loop(bool lambda, bool at_least_one);
  Seq<NameDefaultPair*>* param_default_loop(bool lambda, bool maybe, bool at_least_one);
  Seq<NameDefaultPair*>* param_with_default_loop(bool lambda, bool at_least_one) {
    return param_default_loop(lambda, false, at_least_one);
  }
  Seq<NameDefaultPair*>* param_maybe_default_loop(bool lambda, bool at_least_one) {
    return param_default_loop(lambda, true, at_least_one);
  }

  // ---- match statement (parse_match.cpp) ----
  StmtNode* match_stmt();
  ExprNode* subject_expr();
  MatchCase* case_block();
  ExprNode* guard();
  PatternNode* patterns();
  PatternNode* pattern();
  PatternNode* as_pattern();
  PatternNode* or_pattern();
  PatternNode* closed_pattern();
  PatternNode* closed_pattern_raw();
  PatternNode* literal_pattern();
  ExprNode* literal_expr();
  // The alternatives the two above share; `singleton`: None/True/False (a Constant).
  ExprNode* literal_alternatives(bool& singleton);
  ExprNode* complex_number();
  ExprNode* signed_number();
  ExprNode* signed_real_number();
  ExprNode* maybe_negated(ExprNode* (Parser::*number)());  // ['-'] number: the two above
  ExprNode* real_number();
  ExprNode* imaginary_number();
  PatternNode* capture_pattern();
  ExprNode* pattern_capture_target();
  PatternNode* wildcard_pattern();
  PatternNode* value_pattern();
  ExprNode* attr();
  ExprNode* name_or_attr();
  PatternNode* group_pattern();
  PatternNode* sequence_pattern();
  Seq<PatternNode*>* open_sequence_pattern();
  Seq<PatternNode*>* maybe_sequence_pattern();
  PatternNode* maybe_star_pattern();
  PatternNode* star_pattern();
  PatternNode* mapping_pattern();
  Seq<KeyPatternPair*>* items_pattern();
  KeyPatternPair* key_value_pattern();
  ExprNode* double_star_pattern();
  PatternNode* class_pattern();
  Seq<PatternNode*>* positional_patterns();
  Seq<KeyPatternPair*>* keyword_patterns();
  KeyPatternPair* keyword_pattern();

  // ---- expressions (parse_expressions.cpp) ----
  ExprNode* expressions();
  ExprNode* expressions_of(ExprNode* (Parser::*item)());  // expressions, star_expressions
  ExprNode* expression();
  ExprNode* expression_raw();
  ExprNode* yield_expr();
  ExprNode* star_expressions();
  ExprNode* star_expression();
  Seq<ExprNode*>* star_named_expressions();
  ExprNode* star_named_expression();
  ExprNode* assignment_expression();
  ExprNode* named_expression();
  ExprNode* disjunction();
  ExprNode* conjunction();
  // The two above: operand (keyword operand)*, one BoolOp if there is a keyword.
  ExprNode* bool_op_rule(MemoRule rule, Keyword keyword, ExprNode* (Parser::*operand)(), ast::BoolOperator op);
  ExprNode* inversion();
  ExprNode* comparison();
  CmpopExprPair* compare_op_bitwise_or_pair();
  ExprNode* bitwise_or();
  ExprNode* bitwise_xor();
  ExprNode* bitwise_and();
  ExprNode* shift_expr();
  ExprNode* sum();
  ExprNode* term();
  ExprNode* factor();
  // inversion and factor: a `prefix` operator and the rule again, or `otherwise`; memoised.
  ExprNode* unary_rule(MemoRule rule, bool (*prefix)(const Tok&, ast::UnaryOperator&),
                       ExprNode* (Parser::*otherwise)());
  ExprNode* power();
  ExprNode* await_primary();
  ExprNode* lambdef();
  ExprNode* expression_without_invalid();
  // A left-recursive binary-operator rule as a loop (bitwise_or ... term).
  template <class Operand>
  ExprNode* binary_loop(MemoRule rule, Operand operand, int (*op_of)(TokenKind));

  // ---- primaries, atoms, displays, calls (parse_primary.cpp) ----
  ExprNode* primary();
  ExprNode* primary_rule(bool target);  // primary, or t_primary (parse_targets.cpp's rule)
  ExprNode* slices();
  ExprNode* slice();
  ExprNode* slice_item();  // slice | starred_expression
  ExprNode* atom();
  ExprNode* group();
  ExprNode* strings();
  ExprNode* list();
  ExprNode* listcomp();
  ExprNode* tuple();
  ExprNode* set();
  ExprNode* setcomp();
  ExprNode* genexp();
  // listcomp, setcomp and genexp: open element for_if_clauses close.
  template <class Comp>
  ExprNode* comprehension(TokenKind open, TokenKind close, ExprNode* (Parser::*element)());
  ExprNode* assignment_or_expression();  // (assignment_expression | expression !':=')
  ExprNode* dict();
  ExprNode* dictcomp();
  Seq<KeyValuePair*>* double_starred_kvpairs();
  KeyValuePair* double_starred_kvpair();
  KeyValuePair* kvpair();
  Seq<Comprehension*>* for_if_clauses();
  Comprehension* for_if_clause();
  ExprNode* arguments();
  ExprNode* args();
  Seq<KeywordOrStarred*>* kwargs();
  ExprNode* starred_expression();
  ExprNode* positional_argument();  // one item of args' first list
  KeywordOrStarred* kwarg_or_starred();
  KeywordOrStarred* kwarg_or_double_starred();
  KeywordOrStarred* keyword_argument(bool double_starred);  // the two above
  ExprNode* collect_call_seqs(Seq<ExprNode*> a, Seq<KeywordOrStarred*>* b, int start);

  // ---- targets (parse_targets.cpp) ----
  ExprNode* star_targets();
  Seq<ExprNode*>* star_targets_list_seq();
  Seq<ExprNode*>* star_targets_tuple_seq();
  ExprNode* star_target();
  ExprNode* target_with_star_atom();
  ExprNode* star_atom();
  ExprNode* single_target();
  ExprNode* single_subscript_attribute_target();
  ExprNode* subscript_attribute_target(ast::ExprContext ctx);
  ExprNode* t_primary();
  bool t_lookahead();
  Seq<ExprNode*>* del_targets();
  ExprNode* del_target();
  ExprNode* del_t_atom();
  ExprNode* set_expr_context(ExprNode* e, ast::ExprContext ctx);

  // ---- invalid rules (parse_invalid_*.cpp) ----
  void* invalid_arguments();
  void* invalid_kwarg();
  void* invalid_legacy_expression();
  void* invalid_expression();
  void* invalid_named_expression();
  void* invalid_named_expression_raw();
  void* invalid_assignment();
  ExprNode* invalid_ann_assign_target();
  void* invalid_del_stmt();
  void* invalid_block();
  void* invalid_comprehension();
  bool opening_bracket(bool paren);  // its ('[' | '(' | '{') groups
  void* invalid_dict_comprehension();
  // These serve def and lambda (invalid_lambda_*: ':' ends the list, no annotations).
  void* invalid_parameters(bool lambda);
  void* invalid_parameters_helper(bool lambda);
  void* invalid_default();
  void* invalid_star_etc(bool lambda);
  void* invalid_kwds(bool lambda);
  void* invalid_with_item();
  void* invalid_for_target();
  void* invalid_group();
  void* invalid_import_from_targets();
  void* invalid_with_stmt();
  void* invalid_with_stmt_indent();
  void* invalid_try_stmt();
  void* invalid_except_stmt();
  void* invalid_except_stmt_indent(bool star);  // star: invalid_except_star_stmt_indent
  void* invalid_match_stmt();
  void* invalid_case_block();
  void* invalid_as_pattern();
  void* invalid_class_pattern();
  Seq<PatternNode*>* invalid_class_argument_pattern();
  void* invalid_condition_stmt(Keyword keyword, const char* what);  // if, elif, while
  // invalid_else_stmt and invalid_finally_stmt: `keyword` ':' NEWLINE !INDENT.
  void* invalid_block_stmt(Keyword keyword, const char* what);
  // ':' NEWLINE !INDENT after the header `keyword` starts: raises "expected an indented
  // block after <what> on line N" and returns true.
  bool raise_missing_block(const Tok* keyword, const char* what);
  void* invalid_for_stmt();
  void* invalid_def_raw();
  void* invalid_class_def_raw();
  void* invalid_double_starred_kvpairs();
  void* invalid_kvpair();
  void* invalid_dict_value();  // shared by the two above
  bool with_items_for_errors(bool parenthesized);  // ','.(expression(s) ['as' star_target])+
  void* nonparen_genexp_in_call(ExprNode* args, Seq<Comprehension*>* comprehensions);
  void* arguments_parsing_error(ExprNode* e);

  // ---- literals (parse_strings.cpp, fstring.cpp, parse_numbers.cpp) ----
  ExprNode* concatenate_strings(int first, int last);  // STRING tokens [first, last]
  friend class FStringParser;
  friend class StringDecoder;

  // ---- state ----
  TokenBuffer& tokens_;
  ast::Arena* arena_;
  Options options_;
  int pos_ = 0;             // the mark
  int fill_ = 0;            // tokens looked at so far (pegen's fill)
  int level_ = 0;           // nested rule calls
  bool call_invalid_rules_ = false;
  bool error_ = false;
  bool tokenizer_error_ = false;  // the error came from the lexer (or decoding)
  const Tok* known_error_token_ = nullptr;
  CompileError error_info_;
  std::vector<CompileWarning> warnings_;
  std::vector<void*> scratch_;
  struct MemoEntry {
    int next;
    MemoRule rule;
    int end;
    void* result;
  };
  std::vector<int> memo_heads_;  // per token: first entry, or -1
  std::vector<MemoEntry> memo_;
};

// Counts a rule call towards kMaxRuleDepth (pegen's p->level).
class NestingGuard {
 public:
  explicit NestingGuard(Parser& p) : p_(p) {
    if (p_.level_++ == kMaxRuleDepth) p_.raise_memory_error();
  }
  ~NestingGuard() { --p_.level_; }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;

 private:
  Parser& p_;
};

template <class T>
T* Parser::memoized(MemoRule rule, T* (Parser::*raw)()) {
  NestingGuard guard(*this);
  if (error_) return nullptr;
  T* result;
  if (memo_lookup(rule, result)) return result;
  int start = pos_;
  result = (this->*raw)();
  if (error_) result = nullptr;
  if (result == nullptr) pos_ = start;
  memo_store(rule, start, result);
  return result;
}

template <class T>
void Parser::gather_rest(T* (Parser::*rule)()) {
  NestingGuard loop_guard(*this);
  for (;;) {
    int before = pos_;
    NestingGuard group_guard(*this);
    if (!expect(TokenKind::COMMA)) break;
    T* next = (this->*rule)();
    if (next == nullptr) {
      pos_ = before;
      break;
    }
    push(next);
  }
}

template <class T>
bool Parser::gather_items(T* (Parser::*rule)()) {
  NestingGuard gather_guard(*this);  // _gather: the first item, then _loop0 for the rest
  T* first = (this->*rule)();
  if (first == nullptr) return false;
  push(first);
  NestingGuard loop_guard(*this);
  for (;;) {
    int before = pos_;
    if (!expect(TokenKind::COMMA)) break;
    T* next = (this->*rule)();
    if (next == nullptr) {
      pos_ = before;
      break;
    }
    push(next);
  }
  return true;
}

// Restores the scratch list to its size at construction (for rules that fail midway).
class ScratchMark {
 public:
  explicit ScratchMark(Parser& p) : p_(p), base_(p.scratch_.size()) {}
  ~ScratchMark() {
    if (p_.scratch_.size() > base_) p_.scratch_.resize(base_);
  }
  size_t base() const { return base_; }

 private:
  Parser& p_;
  size_t base_;
};

// _PyPegen_get_expr_name: how error messages name an expression ("function call", ...).
const char* expr_name(const ExprNode* e);

// _PyPegen_get_invalid_target: the part of `e` that cannot be assigned to / deleted.
ExprNode* invalid_target(ExprNode* e, TargetsType type);

}  // namespace glasspy::parse
