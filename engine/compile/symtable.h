// The symbol table (compile stage): CPython 3.11's symtable.c for the code generator. One
// Scope per module, class, function, lambda and comprehension (comprehensions are functions
// in 3.11), each name resolved to local, global (explicit or implicit), free or cell, with
// the implicit __class__ cell of classes whose methods use super() or __class__.
// The program is assumed to have passed parse/compile_checks (which reports the errors).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"

namespace glasspy::compile {

// Symbol flags (CPython's DEF_* and USE).
inline constexpr int kDefGlobal = 1;
inline constexpr int kDefLocal = 2;
inline constexpr int kDefParam = 4;
inline constexpr int kDefNonlocal = 8;
inline constexpr int kUse = 16;
inline constexpr int kDefFree = 32;
inline constexpr int kDefFreeClass = 64;
inline constexpr int kDefImport = 128;
inline constexpr int kDefAnnot = 256;
inline constexpr int kDefCompIter = 512;
inline constexpr int kDefBound = kDefLocal | kDefParam | kDefImport;

// Where a name lives once analysed (CPython's LOCAL ... CELL).
enum class NameScope : uint8_t { kNone = 0, kLocal = 1, kGlobalExplicit = 2, kGlobalImplicit = 3, kFree = 4, kCell = 5 };

enum class ScopeType : uint8_t { kModule, kFunction, kClass, kAnnotation };
enum class ComprehensionType : uint8_t { kNone, kList, kSet, kDict, kGenerator };

// One block of the program (CPython's PySTEntryObject).
struct Scope {
  ScopeType type = ScopeType::kModule;
  std::string name;
  const ast::Node* node = nullptr;
  int lineno = 0;
  std::vector<std::string> order;                  // names in first-seen order
  std::unordered_map<std::string, int> flags;      // name -> kDef* | kUse
  std::unordered_map<std::string, NameScope> scopes;  // after analysis
  std::vector<std::string> varnames;               // parameters in co_varnames order
  std::vector<Scope*> children;
  ComprehensionType comprehension = ComprehensionType::kNone;
  bool nested = false;
  bool generator = false;
  bool coroutine = false;
  bool varargs = false;
  bool varkeywords = false;
  bool returns_value = false;
  bool needs_class_closure = false;
  bool has_free = false;
  bool child_free = false;
  bool comp_iter_target = false;
  int comp_iter_expr = 0;

  // The analysed scope of a (mangled) name; kNone if the block never saw it.
  NameScope scope_of(const std::string& name) const;
  // The flags of a (mangled) name, 0 if unknown.
  int flags_of(const std::string& name) const;
};

// The table for one module.
class SymbolTable {
 public:
  // Builds and analyses the table. `future_annotations`: `from __future__ import
  // annotations` is in force (annotations get their own blocks).
  void build(const ast::Module& module, bool future_annotations);
  // The module's scope.
  Scope* top() const { return scopes_.front().get(); }
  // The scope a FunctionDef, AsyncFunctionDef, ClassDef, Lambda or comprehension opens.
  Scope* scope_for(const ast::Node* node) const;

 private:
  Scope* enter(ScopeType type, std::string name, const ast::Node* node, int lineno);
  void leave();
  void add_def(std::string_view name, int flag, Scope* scope = nullptr);
  void visit_stmts(const ast::Seq<ast::StmtNode*>& body);
  void visit_stmt(const ast::StmtNode* s);
  void visit_exprs(const ast::Seq<ast::ExprNode*>& list);
  void visit_expr(const ast::ExprNode* e);
  void visit_function(const ast::StmtNode* s, std::string_view name, const ast::Arguments* args,
                      const ast::Seq<ast::StmtNode*>& body, const ast::Seq<ast::ExprNode*>& decorators,
                      const ast::ExprNode* returns, bool is_async);
  void visit_arguments(const ast::Arguments* a);
  void visit_annotations(const ast::Node* owner, const ast::Arguments* a, const ast::ExprNode* returns);
  void visit_annotation(const ast::ExprNode* annotation);
  void visit_comprehension(const ast::ExprNode* e, const ast::Seq<ast::Comprehension*>& generators,
                           const ast::ExprNode* elt, const ast::ExprNode* value);
  void visit_namedexpr(const ast::NamedExpr* e);
  void visit_pattern(const ast::PatternNode* p);

  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<Scope*> stack_;
  Scope* cur_ = nullptr;
  std::string private_;  // the enclosing class name, for mangling
  bool has_private_ = false;
  bool future_annotations_ = false;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
};

// CPython's _Py_Mangle: `__name` inside class `cls` becomes `_cls__name` (dunder names,
// dotted names and all-underscore class names are left alone).
std::string mangle(const std::string* private_name, std::string_view name);

}  // namespace glasspy::compile
