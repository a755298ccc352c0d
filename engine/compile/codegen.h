// The code generator (compile stage): walks the syntax tree and writes each code unit's
// flow graph with CPython 3.11's instruction choices (compile.c's compiler_* functions),
// then hands units to the assembler. Split by topic over codegen*.cpp.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "bytecode/code_unit.h"
#include "compile/const_fold.h"
#include "compile/symtable.h"
#include "compile/unit.h"

namespace glasspy::compile {

class CodeGen {
 public:
  CodeGen(SymbolTable& symbols, const FoldResult& folded, std::string filename, int future_flags)
      : symbols_(symbols), folded_(folded), filename_(std::move(filename)), future_flags_(future_flags) {}

  // Compiles a whole module into its code unit (nested units in its constants).
  std::shared_ptr<bytecode::CodeUnit> compile_module(const ast::Module& module);
  // "eval" mode: the module's one Expr statement, its value returned.
  std::shared_ptr<bytecode::CodeUnit> compile_expression(const ast::Module& module);
  // "single" mode: the statements of an interactive input, expression values printed.
  std::shared_ptr<bytecode::CodeUnit> compile_interactive(const ast::Module& module);

 private:
  // --- units and emission (codegen.cpp)
  void enter_scope(std::string name, UnitKind kind, const ast::Node* key, int lineno);
  std::shared_ptr<bytecode::CodeUnit> finish_scope(bool add_none);
  void exit_scope();
  void set_qualname();
  BasicBlock* new_block();
  void use_next_block(BasicBlock* block);
  void next_block();
  void addop(Opcode op);
  void addop_i(Opcode op, int oparg);
  void addop_noline(Opcode op);
  void addop_jump(Opcode op, BasicBlock* target);
  void addop_jump_noline(Opcode op, BasicBlock* target);
  void set_loc(const ast::Node* node);
  void unset_loc();
  int add_const(const bytecode::Constant& c);
  void load_const(const bytecode::Constant& c);
  void load_none();
  std::string mangled(std::string_view name) const;
  void addop_name(Opcode op, std::string_view name);  // mangles
  void addop_n(Opcode op, std::string_view name);     // does not
  void nameop(std::string_view name, ast::ExprContext ctx);
  bool push_fblock(FBlockKind kind, BasicBlock* block, BasicBlock* exit, const void* datum);
  void pop_fblock();

  // Folded-constant views of the tree.
  bool is_const(const ast::ExprNode* e) const;
  bytecode::Constant const_value(const ast::ExprNode* e) const;
  const ast::Compare* not_compare(const ast::ExprNode* e, bool& inverted) const;

  // --- statements (codegen_stmt.cpp)
  void visit_stmts(const ast::Seq<ast::StmtNode*>& body);
  void visit_stmt(const ast::StmtNode* s);
  void body(const ast::Seq<ast::StmtNode*>& stmts);
  bool is_docstring(const ast::Seq<ast::StmtNode*>& body) const;
  void stmt_expr(const ast::Expr* s);
  void assign(const ast::Assign* s);
  void augassign(const ast::AugAssign* s);
  void annassign(const ast::AnnAssign* s);
  void check_ann_expr(const ast::ExprNode* e);
  void check_ann_subscr(const ast::ExprNode* e);
  void if_stmt(const ast::If* s);
  void while_stmt(const ast::While* s);
  void for_stmt(const ast::For* s);
  void async_for(const ast::AsyncFor* s);
  void return_stmt(const ast::Return* s);
  void break_stmt();
  void continue_stmt();
  void unwind_fblock(const FBlock& info, bool preserve_tos);
  void unwind_fblock_stack(bool preserve_tos, FBlock* loop_out, bool* found_loop);
  void assert_stmt(const ast::Assert* s);
  void import(const ast::Import* s);
  void import_from(const ast::ImportFrom* s);
  void import_as(std::string_view name, std::string_view asname);

  // --- exceptions and with (codegen_try.cpp)
  void try_stmt(const ast::StmtNode* s, bool star);
  void try_finally(const ast::StmtNode* s, bool star);
  void try_except(const ast::StmtNode* s);
  void try_star_except(const ast::StmtNode* s);
  void pop_except_and_reraise();
  void with_stmt(const ast::With* s, uint32_t pos);
  void async_with(const ast::AsyncWith* s, uint32_t pos);
  void with_except_finish(BasicBlock* cleanup);
  void call_exit_with_nones();
  void add_yield_from(bool await);
  void add_yield();

  // --- expressions (codegen_expr.cpp)
  void visit_expr(const ast::ExprNode* e);
  void visit_expr1(const ast::ExprNode* e);
  void visit_exprs(const ast::Seq<ast::ExprNode*>& list);
  void jump_if(const ast::ExprNode* e, BasicBlock* next, bool cond);
  void boolop(const ast::BoolOp* e);
  void compare(const ast::Compare* e, bool inverted);
  void add_compare(ast::CmpOperator op);
  void ifexp(const ast::IfExp* e);
  void dict(const ast::Dict* e);
  void subdict(const ast::Dict* e, uint32_t begin, uint32_t end);
  void starunpack(const ast::Seq<ast::ExprNode*>& elts, int pushed, Opcode build, Opcode add, Opcode extend,
                  bool tuple);
  void unpack_helper(const ast::Seq<ast::ExprNode*>& elts);
  void assignment_helper(const ast::Seq<ast::ExprNode*>& elts);
  void attribute(const ast::Attribute* e);
  void update_start_location_to_match_attr(const ast::Attribute* e);
  void subscript(const ast::Subscript* e);
  void slice(const ast::Slice* e);
  void joined_str(const ast::JoinedStr* e);
  void formatted_value(const ast::FormattedValue* e);
  void percent_format(const std::vector<FormatPart>& parts);
  void call(const ast::Call* e);
  bool maybe_optimize_method_call(const ast::Call* e);
  void call_helper(int n, const ast::Seq<ast::ExprNode*>& args, const ast::Seq<ast::Keyword*>& keywords);
  void call_simple_kw_helper(const ast::Seq<ast::Keyword*>& keywords);
  void subkwargs(const ast::Seq<ast::Keyword*>& keywords, uint32_t begin, uint32_t end);

  // --- functions, classes, comprehensions (codegen_func.cpp)
  void function(const ast::StmtNode* s, bool is_async);
  void class_def(const ast::ClassDef* s);
  void lambda(const ast::Lambda* e);
  int default_arguments(const ast::Arguments* args);
  int visit_annotations(const ast::Arguments* args, const ast::ExprNode* returns);
  void visit_argannotation(std::string_view id, const ast::ExprNode* annotation, int& len);
  void visit_annexpr(const ast::ExprNode* annotation);
  void make_closure(const std::shared_ptr<bytecode::CodeUnit>& code, int flags);
  void comprehension(const ast::ExprNode* e, const char* name, int type,
                     const ast::Seq<ast::Comprehension*>& generators, const ast::ExprNode* elt,
                     const ast::ExprNode* value);
  void comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, uint32_t index, int depth,
                               const ast::ExprNode* elt, const ast::ExprNode* value, int type);
  void sync_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, uint32_t index, int depth,
                                    const ast::ExprNode* elt, const ast::ExprNode* value, int type);
  void async_comprehension_generator(const ast::Seq<ast::Comprehension*>& generators, uint32_t index, int depth,
                                     const ast::ExprNode* elt, const ast::ExprNode* value, int type);
  void comprehension_element(const ast::ExprNode* elt, const ast::ExprNode* value, int type, int depth);

  // --- match statements (codegen_match.cpp)
  struct PatternContext;
  void match_stmt(const ast::Match* s);
  void pattern(const ast::PatternNode* p, PatternContext& pc);
  void pattern_subpattern(const ast::PatternNode* p, PatternContext& pc);
  void pattern_as(const ast::MatchAs* p, PatternContext& pc);
  void pattern_star(const ast::MatchStar* p, PatternContext& pc);
  void pattern_value(const ast::MatchValue* p, PatternContext& pc);
  void pattern_singleton(const ast::MatchSingleton* p, PatternContext& pc);
  void pattern_sequence(const ast::MatchSequence* p, PatternContext& pc);
  void pattern_mapping(const ast::MatchMapping* p, PatternContext& pc);
  void pattern_class(const ast::MatchClass* p, PatternContext& pc);
  void pattern_or(const ast::MatchOr* p, PatternContext& pc);
  void pattern_helper_store_name(std::string_view name, PatternContext& pc);
  void pattern_helper_rotate(int count);
  void pattern_helper_sequence_unpack(const ast::Seq<ast::PatternNode*>& patterns, int star, PatternContext& pc);
  void pattern_helper_sequence_subscr(const ast::Seq<ast::PatternNode*>& patterns, int star, PatternContext& pc);
  void jump_to_fail_pop(PatternContext& pc, Opcode op);
  void ensure_fail_pop(PatternContext& pc, size_t n);
  void emit_and_reset_fail_pop(PatternContext& pc);

  SymbolTable& symbols_;
  const FoldResult& folded_;
  std::string filename_;
  int future_flags_;
  std::vector<std::unique_ptr<CompilerUnit>> units_;
  CompilerUnit* u_ = nullptr;
  int nestlevel_ = 0;
  bool interactive_ = false;  // compile_interactive: module-level expressions PRINT_EXPR
};

}  // namespace glasspy::compile
