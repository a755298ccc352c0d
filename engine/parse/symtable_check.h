// The symbol-table pass of the compile-stage checks (parsing stage): CPython 3.11's
// symtable.c as far as its errors go, and the per-scope facts the compiler checks need
// (is it a generator, a coroutine, a comprehension).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "parse/parser.h"
#include "parse/syntax_error.h"

namespace glasspy::parse::detail {

enum class BlockType : uint8_t { kModule, kFunction, kClass, kAnnotation };
enum class ComprehensionKind : uint8_t { kNone, kList, kSet, kDict, kGenerator };

// One scope of the symbol table (CPython's PySTEntryObject, reduced to what is checked).
struct Scope {
  BlockType type = BlockType::kModule;
  ComprehensionKind comprehension = ComprehensionKind::kNone;
  bool generator = false;
  bool coroutine = false;
  int comp_iter_expr = 0;         // inside a comprehension's iterable
  bool comp_iter_target = false;  // visiting a comprehension's target
  std::vector<std::pair<std::string_view, int>> symbols;  // in insertion order
  std::unordered_map<std::string_view, size_t> index;
  struct Directive {
    std::string_view name;
    ast::Position pos;
  };
  std::vector<Directive> directives;  // global / nonlocal / walrus bindings
  std::vector<Scope*> children;
};

// Builds the table for a module; the first error, in CPython's order, ends it.
class SymbolTable {
 public:
  SymbolTable(std::string_view source, SourceKind kind, bool future_annotations)
      : source_(source), kind_(kind), future_annotations_(future_annotations) {}

  // Visits the module then resolves names; false on error (see error()).
  bool build(const ast::Module& module);
  const CompileError& error() const { return *error_; }
  // The scope a function, lambda, class or comprehension node opens (null if none).
  const Scope* scope_of(const ast::Node* node) const;

 private:
  Scope* enter(BlockType type, const ast::Node* node);
  void leave();
  bool fail(const ast::Position& pos, std::string message);
  bool recursion_error();
  int lookup(std::string_view name) const;
  bool add_def(std::string_view name, int flag, const ast::Position& pos, Scope* scope = nullptr);
  bool record_directive(std::string_view name, const ast::Position& pos);

  bool visit_stmt(const ast::StmtNode* s);
  bool visit_expr(const ast::ExprNode* e);
  bool visit_stmts(const ast::Seq<ast::StmtNode*>& body);
  bool visit_exprs(const ast::Seq<ast::ExprNode*>& list);
  bool visit_arguments(const ast::Arguments* a);
  bool visit_annotations(const ast::StmtNode* s, const ast::Arguments* a, const ast::ExprNode* returns);
  bool visit_annotation(const ast::ExprNode* annotation);
  bool visit_pattern(const ast::PatternNode* p);
  bool visit_comprehension(const ast::ExprNode* e, const ast::Seq<ast::Comprehension*>& generators,
                           const ast::ExprNode* elt, const ast::ExprNode* value);
  bool visit_namedexpr(const ast::NamedExpr* e);
  bool visit_global_or_nonlocal(const ast::StmtNode* s, const ast::Seq<ast::Identifier>& names, bool global);
  bool check_annotation_block(const char* what, const ast::ExprNode* e);

  bool analyze(Scope* scope, const std::vector<std::string_view>* bound,
               std::vector<std::string_view>& global);
  bool error_at_directive(Scope* scope, std::string_view name, std::string message);

  std::string_view source_;
  SourceKind kind_;
  bool future_annotations_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<Scope*> stack_;
  Scope* current_ = nullptr;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
  std::optional<CompileError> error_;
  int depth_ = 0;
};

}  // namespace glasspy::parse::detail
